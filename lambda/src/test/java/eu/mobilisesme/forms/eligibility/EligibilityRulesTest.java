package eu.mobilisesme.forms.eligibility;

import static eu.mobilisesme.forms.eligibility.Reason.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.testing.Samples;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Optional<CallWindow> OPEN = Optional.of(CallWindow.parse("2026-11-01/2028-12-31"));

    static EligibilityResult assess(String form, Map<String, String> changes, Optional<CallWindow> call) {
        // "sending@1": the version 1 form, which still asked about split stays and took up to 12 months.
        boolean v1 = form.endsWith("@1");
        String id = form.replace("@1", "");
        Map<String, List<String>> values = new LinkedHashMap<>(v1 ? Samples.version1(id, TODAY) : Samples.of(id, TODAY));
        changes.forEach((field, value) -> values.put(field, List.of(value)));
        ValidationResult valid = FormValidator.validate(
                (v1 ? Forms.version(id, 1) : Forms.byId(id)).orElseThrow(), values, TODAY);
        assertThat(valid.errors()).as("the changed sample must stay valid").isEmpty();
        return EligibilityRules.assess(valid, TODAY, call).orElseThrow();
    }

    @Test
    void the_samples_are_eligible_during_an_open_call() {
        assertThat(assess("sending", Map.of(), OPEN)).isEqualTo(new EligibilityResult(Outcome.ELIGIBLE, List.of()));
        assertThat(assess("hosting", Map.of(), OPEN)).isEqualTo(new EligibilityResult(Outcome.ELIGIBLE, List.of()));
    }

    @Test
    void without_an_open_call_every_application_needs_review() {
        EligibilityResult result = assess("sending", Map.of(), Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.reasons()).containsExactly(NO_OPEN_CALL);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("sending", Map.of("country", "GB", "vatNumber", "GB123456789"), COUNTRY_NOT_ELIGIBLE),
                Arguments.of("hosting", Map.of("country", "LI", "vatNumber", "LI12345"), COUNTRY_TO_CONFIRM),
                Arguments.of("sending", Map.of("country", "XK", "vatNumber", "XK12345"), COUNTRY_TO_CONFIRM),
                Arguments.of("sending", Map.of("smeThresholds", "no"), NOT_AN_SME),
                Arguments.of("sending", Map.of("linkedEnterprises", "yes"), LINKED_ENTERPRISES),
                Arguments.of("sending", Map.of("headcount", "250"), LARGE_COMPANY_CANNOT_SEND),
                Arguments.of("sending", Map.of("vatNumber", "ES1234"), VAT_FORMAT_TO_CHECK),
                Arguments.of("hosting", Map.of("vatNumber", "BE2123456789"), VAT_FORMAT_TO_CHECK),
                Arguments.of("sending", Map.of("legalForm", "other"), LEGAL_FORM_TO_CHECK),
                Arguments.of("sending@1", Map.of("durationMonths", "7"), DURATION_TOO_LONG),
                Arguments.of("sending@1", Map.of("splitPeriods", "yes", "splitPlan", "Two blocks"), SPLIT_PERIODS),
                Arguments.of("sending", Map.of("p1FullTime", "no"), NOT_FULL_TIME),
                Arguments.of("sending", Map.of("p1StartDate", "2026-06-01"), SHORT_TENURE),
                Arguments.of("sending", Map.of("p1ExperienceYears", "3"), LIMITED_EXPERIENCE),
                Arguments.of("sending", Map.of("yearFounded", "2024"), YOUNG_COMPANY),
                Arguments.of("hosting", Map.of("activeDaily", "no"), HOST_NOT_ACTIVE),
                Arguments.of("hosting", Map.of("activityYears", "3"), HOST_SHORT_ACTIVITY),
                Arguments.of("hosting", Map.of("responsibleRole", "manager"), HOST_ROLE_TO_CHECK));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("rules")
    void each_rule_gives_its_reason_and_outcome(String form, Map<String, String> changes, Reason reason) {
        EligibilityResult result = assess(form, changes, OPEN);

        assertThat(result.reasons()).containsExactly(reason);
        assertThat(result.outcome()).isEqualTo(reason.outcome());
    }

    @Test
    void full_time_is_not_asked_of_owners() {
        assertThat(assess("sending", Map.of("p1Role", "owner", "p1FullTime", "no"), OPEN).reasons()).isEmpty();
    }

    @Test
    void a_greek_vat_number_uses_the_el_prefix() {
        assertThat(assess("sending", Map.of("country", "GR", "vatNumber", "EL123456789"), OPEN).reasons()).isEmpty();
        assertThat(assess("sending", Map.of("country", "GR", "vatNumber", "123456789"), OPEN).reasons()).isEmpty();
    }

    @Test
    void the_worst_outcome_wins_and_every_reason_is_kept() {
        EligibilityResult result = assess("sending@1", Map.of("durationMonths", "8", "linkedEnterprises", "yes"),
                Optional.empty());

        assertThat(result.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(result.reasons()).containsExactly(LINKED_ENTERPRISES, DURATION_TOO_LONG, NO_OPEN_CALL);
    }

    @Test
    void a_start_outside_the_call_window_needs_review() {
        Optional<CallWindow> early = Optional.of(CallWindow.parse("2026-01-01/2026-12-31"));

        assertThat(assess("hosting", Map.of(), early).reasons()).containsExactly(OUTSIDE_CALL_WINDOW);
    }

    @Test
    void contact_messages_have_no_eligibility() {
        ValidationResult contact = FormValidator.validate(Forms.byId("contact").orElseThrow(), Samples.contact(),
                TODAY);

        assertThat(EligibilityRules.assess(contact, TODAY, OPEN)).isEmpty();
    }
}
