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
    /** Rule 7: secondments last 1 to 6 months (the programme's site); the forms accept no more. */
    public static final int MAX_MONTHS = 6;

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
        return Optional.of(assess(kind, application.values(), today, call));
    }

    /**
     * The same rules over whatever valid answers there are: each rule judges only when its fields were asked, so
     * the short check ({@code POST /api/check}) and a full application get the very same verdicts from one code.
     *
     * @param kind which side's rules apply: a sending or a hosting application
     * @param values validated values by field name, as the application forms name them
     */
    public static EligibilityResult assess(FormKind kind, Map<String, List<String>> values, LocalDate today,
                                           Optional<CallWindow> call) {
        if (!kind.assessed()) {
            throw new IllegalArgumentException("not an application: " + kind);
        }
        Values v = new Values(values);
        List<Reason> reasons = new ArrayList<>();
        country(v, reasons);
        vat(v, reasons);
        if (v.is("legalForm", "other")) {
            reasons.add(LEGAL_FORM_TO_CHECK);
        }
        if (kind == FormKind.SENDING_APPLICATION) {
            sending(v, today, reasons);
            call(call, v.date("preferredStart"), reasons);
        } else {
            hosting(v, reasons);
            call(call, v.date("availableFrom"), reasons);
        }
        return EligibilityResult.of(reasons);
    }

    private static void country(Values v, List<Reason> reasons) {
        String country = v.get("country");
        if (country == null) {
            return;
        }
        if (OptionSet.INELIGIBLE_COUNTRIES.contains(country)) {
            reasons.add(COUNTRY_NOT_ELIGIBLE);
        } else if (OptionSet.COUNTRIES_TO_CONFIRM.contains(country)) {
            reasons.add(COUNTRY_TO_CONFIRM);
        }
    }

    private static void vat(Values v, List<Reason> reasons) {
        String country = v.get("country");
        Pattern format = country == null ? null : VAT_FORMATS.get(country);
        if (format == null || !v.has("vatNumber")) {
            return;
        }
        if (!format.matcher(VatNumbers.withPrefix(country, v.get("vatNumber"))).matches()) {
            reasons.add(VAT_FORMAT_TO_CHECK);
        }
    }

    private static void sending(Values v, LocalDate today, List<Reason> reasons) {
        if (v.has("headcount") && v.number("headcount") >= SME_STAFF_LIMIT) {
            reasons.add(LARGE_COMPANY_CANNOT_SEND);
        } else if (v.is("smeThresholds", "no")) {
            reasons.add(NOT_AN_SME);
        }
        if (v.is("linkedEnterprises", "yes")) {
            reasons.add(LINKED_ENTERPRISES);
        }
        if (v.has("durationMonths") && v.number("durationMonths") > MAX_MONTHS) {
            reasons.add(DURATION_TOO_LONG);
        }
        if (v.is("splitPeriods", "yes")) {
            reasons.add(SPLIT_PERIODS);
        }
        if (v.has("yearFounded") && v.number("yearFounded") > today.getYear() - 3) {
            reasons.add(YOUNG_COMPANY);
        }
        int participants = v.has("participantCount") ? (int) v.number("participantCount") : 1;
        for (int n = 1; n <= participants; n++) {
            String p = "p" + n;
            if ((v.is(p + "Role", "employee") || v.is(p + "Role", "manager")) && v.is(p + "FullTime", "no")) {
                reasons.add(NOT_FULL_TIME);
            }
            LocalDate start = v.date(p + "StartDate");
            if (start != null && start.isAfter(today.minusMonths(12))) {
                reasons.add(SHORT_TENURE);
            }
            if (v.has(p + "ExperienceYears") && v.number(p + "ExperienceYears") <= 3) {
                reasons.add(LIMITED_EXPERIENCE);
            }
        }
    }

    private static void hosting(Values v, List<Reason> reasons) {
        if (v.is("activeDaily", "no")) {
            reasons.add(HOST_NOT_ACTIVE);
        }
        if (v.has("activityYears") && v.number("activityYears") <= 3) {
            reasons.add(HOST_SHORT_ACTIVITY);
        }
        if (v.is("responsibleRole", "manager")) {
            reasons.add(HOST_ROLE_TO_CHECK);
        }
    }

    /** Rule 14. Without a start date (the short check asks none) only "no call is open" can be said. */
    private static void call(Optional<CallWindow> call, LocalDate start, List<Reason> reasons) {
        if (call.isEmpty()) {
            reasons.add(NO_OPEN_CALL);
        } else if (start != null && !call.get().contains(start)) {
            reasons.add(OUTSIDE_CALL_WINDOW);
        }
    }

    private record Values(Map<String, List<String>> values) {
        String get(String field) {
            List<String> list = values.get(field);
            return list == null || list.isEmpty() ? null : list.get(0);
        }

        boolean has(String field) {
            return get(field) != null;
        }

        boolean is(String field, String value) {
            return value.equals(get(field));
        }

        long number(String field) {
            return Long.parseLong(get(field));
        }

        LocalDate date(String field) {
            return has(field) ? LocalDate.parse(get(field)) : null;
        }
    }
}
