package eu.mobilisesme.forms.eligibility;

import static eu.mobilisesme.forms.eligibility.Reason.*;

import eu.mobilisesme.forms.FormKind;
import eu.mobilisesme.forms.OptionSet;
import eu.mobilisesme.forms.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The programme's eligibility rules applied to a valid application. The result is an indication for the contact
 * point and an honest answer to the applicant; ineligible applications are stored all the same.
 */
public final class EligibilityRules {

    static final int SME_STAFF_LIMIT = 250;
    static final int MAX_MONTHS = 6;

    /** VAT formats the brief lists; other countries are not checked here. Greece's VAT prefix is EL. */
    private static final Map<String, Pattern> VAT_FORMATS = Map.of(
            "BE", Pattern.compile("BE[01][0-9]{9}"),
            "ES", Pattern.compile("ES[A-Z0-9][0-9]{7}[A-Z0-9]"),
            "FR", Pattern.compile("FR[0-9A-Z]{2}[0-9]{9}"),
            "NL", Pattern.compile("NL[0-9]{9}B[0-9]{2}"),
            "LU", Pattern.compile("LU[0-9]{8}"),
            "DE", Pattern.compile("DE[0-9]{9}"),
            "IT", Pattern.compile("IT[0-9]{11}"),
            "GR", Pattern.compile("EL[0-9]{9}"));

    private EligibilityRules() {
    }

    /** Assesses an application form; contact messages have no eligibility and get {@link Optional#empty()}. */
    public static Optional<EligibilityResult> assess(ValidationResult application, LocalDate today,
                                                     Optional<CallWindow> call) {
        FormKind kind = application.form().kind();
        if (!kind.assessed()) {
            return Optional.empty();
        }
        Values v = new Values(application);
        List<Reason> reasons = new ArrayList<>();
        country(v, reasons);
        vat(v, reasons);
        if (v.is("legalForm", "other")) {
            reasons.add(LEGAL_FORM_TO_CHECK);
        }
        if (kind == FormKind.SENDING_APPLICATION) {
            sending(v, today, reasons);
            call(call, LocalDate.parse(v.get("preferredStart")), reasons);
        } else {
            hosting(v, reasons);
            call(call, LocalDate.parse(v.get("availableFrom")), reasons);
        }
        return Optional.of(EligibilityResult.of(reasons));
    }

    private static void country(Values v, List<Reason> reasons) {
        String country = v.get("country");
        if (OptionSet.INELIGIBLE_COUNTRIES.contains(country)) {
            reasons.add(COUNTRY_NOT_ELIGIBLE);
        } else if (OptionSet.COUNTRIES_TO_CONFIRM.contains(country)) {
            reasons.add(COUNTRY_TO_CONFIRM);
        }
    }

    private static void vat(Values v, List<Reason> reasons) {
        String country = v.get("country");
        Pattern format = VAT_FORMATS.get(country);
        if (format == null) {
            return;
        }
        if (!format.matcher(VatNumbers.withPrefix(country, v.get("vatNumber"))).matches()) {
            reasons.add(VAT_FORMAT_TO_CHECK);
        }
    }

    private static void sending(Values v, LocalDate today, List<Reason> reasons) {
        if (v.number("headcount") >= SME_STAFF_LIMIT) {
            reasons.add(LARGE_COMPANY_CANNOT_SEND);
        } else if (v.is("smeThresholds", "no")) {
            reasons.add(NOT_AN_SME);
        }
        if (v.is("linkedEnterprises", "yes")) {
            reasons.add(LINKED_ENTERPRISES);
        }
        if (v.number("durationMonths") > MAX_MONTHS) {
            reasons.add(DURATION_TOO_LONG);
        }
        if (v.is("splitPeriods", "yes")) {
            reasons.add(SPLIT_PERIODS);
        }
        if (v.number("yearFounded") > today.getYear() - 3) {
            reasons.add(YOUNG_COMPANY);
        }
        int participants = (int) v.number("participantCount");
        for (int n = 1; n <= participants; n++) {
            String p = "p" + n;
            if ((v.is(p + "Role", "employee") || v.is(p + "Role", "manager")) && v.is(p + "FullTime", "no")) {
                reasons.add(NOT_FULL_TIME);
            }
            if (LocalDate.parse(v.get(p + "StartDate")).isAfter(today.minusMonths(12))) {
                reasons.add(SHORT_TENURE);
            }
            if (v.number(p + "ExperienceYears") <= 3) {
                reasons.add(LIMITED_EXPERIENCE);
            }
        }
    }

    private static void hosting(Values v, List<Reason> reasons) {
        if (v.is("activeDaily", "no")) {
            reasons.add(HOST_NOT_ACTIVE);
        }
        if (v.number("activityYears") <= 3) {
            reasons.add(HOST_SHORT_ACTIVITY);
        }
        if (v.is("responsibleRole", "manager")) {
            reasons.add(HOST_ROLE_TO_CHECK);
        }
    }

    private static void call(Optional<CallWindow> call, LocalDate start, List<Reason> reasons) {
        if (call.isEmpty()) {
            reasons.add(NO_OPEN_CALL);
        } else if (!call.get().contains(start)) {
            reasons.add(OUTSIDE_CALL_WINDOW);
        }
    }

    private record Values(ValidationResult result) {
        String get(String field) {
            return result.value(field);
        }

        boolean is(String field, String value) {
            return value.equals(result.value(field));
        }

        long number(String field) {
            return Long.parseLong(result.value(field));
        }
    }
}
