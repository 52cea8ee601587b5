package eu.mobilisesme.check;

import static eu.mobilisesme.forms.eligibility.Reason.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.forms.eligibility.CallWindow;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.EligibilityRules;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.testing.Samples;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The check answers from the rules of the submission path, one rule at a time. */
class EligibilityCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Optional<CallWindow> OPEN = Optional.of(CallWindow.parse("2026-11-01/2028-12-31"));

    static Map<String, List<String>> sends() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("side", List.of("send"));
        v.put("country", List.of("ES"));
        v.put("legalForm", List.of("company"));
        v.put("headcount", List.of("25"));
        v.put("smeThresholds", List.of("yes"));
        v.put("durationMonths", List.of("3"));
        v.put("experienceYears", List.of("8"));
        return v;
    }

    static Map<String, List<String>> hosts() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("side", List.of("host"));
        v.put("country", List.of("BE"));
        v.put("legalForm", List.of("company"));
        v.put("experienceYears", List.of("12"));
        v.put("activeDaily", List.of("yes"));
        return v;
    }

    static EligibilityCheck.Answer check(Map<String, List<String>> answers, Map<String, String> changes,
                                         Optional<CallWindow> call) {
        Map<String, List<String>> values = new LinkedHashMap<>(answers);
        changes.forEach((field, value) -> values.put(field, List.of(value)));
        ValidationResult valid = FormValidator.validate(Forms.check(), values, TODAY);
        assertThat(valid.errors()).as("valid answers").isEmpty();
        return EligibilityCheck.answer(valid, TODAY, call);
    }

    /** Each rule the check asks about, with the one answer that sets it off. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("send", Map.of("country", "GB"), COUNTRY_NOT_ELIGIBLE, Outcome.INELIGIBLE),
                Arguments.of("host", Map.of("country", "LI"), COUNTRY_TO_CONFIRM, Outcome.NEEDS_REVIEW),
                Arguments.of("send", Map.of("smeThresholds", "no"), NOT_AN_SME, Outcome.INELIGIBLE),
                Arguments.of("send", Map.of("headcount", "250"), LARGE_COMPANY_CANNOT_SEND, Outcome.INELIGIBLE),
                Arguments.of("send", Map.of("legalForm", "other"), LEGAL_FORM_TO_CHECK, Outcome.NEEDS_REVIEW),
                Arguments.of("host", Map.of("legalForm", "other"), LEGAL_FORM_TO_CHECK, Outcome.NEEDS_REVIEW),
                Arguments.of("send", Map.of("durationMonths", "7"), DURATION_TOO_LONG, Outcome.INELIGIBLE),
                Arguments.of("send", Map.of("experienceYears", "3"), LIMITED_EXPERIENCE, Outcome.NEEDS_REVIEW),
                Arguments.of("host", Map.of("activeDaily", "no"), HOST_NOT_ACTIVE, Outcome.INELIGIBLE),
                Arguments.of("host", Map.of("experienceYears", "3"), HOST_SHORT_ACTIVITY, Outcome.NEEDS_REVIEW));
    }

    /**
     * The rules whose answers the check does not ask, and why: the form asks them (dates, VAT number, group,
     * role), or they depend on other submissions (rule 12, never told to anyone), or on a start date (rule 14).
     */
    static final Set<Reason> LEFT_TO_THE_FORMS = EnumSet.of(VAT_FORMAT_TO_CHECK, LINKED_ENTERPRISES, SPLIT_PERIODS,
            NOT_FULL_TIME, SHORT_TENURE, YOUNG_COMPANY, HOST_ROLE_TO_CHECK, PARTICIPANT_LIMIT, OUTSIDE_CALL_WINDOW);

    @Test
    void eligible_answers_are_eligible_during_a_call_and_to_review_without_one() {
        assertThat(check(sends(), Map.of(), OPEN).eligibility()).isEqualTo(
                new EligibilityResult(Outcome.ELIGIBLE, List.of()));
        assertThat(check(hosts(), Map.of(), OPEN).eligibility()).isEqualTo(
                new EligibilityResult(Outcome.ELIGIBLE, List.of()));
        EligibilityResult none = check(sends(), Map.of(), Optional.empty()).eligibility();
        assertThat(none.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(none.reasons()).containsExactly(NO_OPEN_CALL);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void each_rule_the_check_asks_about_answers_with_its_reason(String side, Map<String, String> changes,
                                                                Reason reason, Outcome outcome) {
        EligibilityResult result = check(side.equals("send") ? sends() : hosts(), changes, OPEN).eligibility();

        assertThat(result.reasons()).containsExactly(reason);
        assertThat(result.outcome()).isEqualTo(outcome);
    }

    @Test
    void every_rule_has_an_answer_in_the_check_or_is_named_as_left_to_the_forms() {
        Set<Reason> answered = EnumSet.of(NO_OPEN_CALL);
        rules().forEach(arguments -> answered.add((Reason) arguments.get()[2]));
        for (Reason reason : Reason.values()) {
            assertThat(answered.contains(reason) ^ LEFT_TO_THE_FORMS.contains(reason)).as(reason.name()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void the_check_says_what_the_submission_path_says_about_the_same_answers(String side,
                                                                             Map<String, String> changes,
                                                                             Reason reason, Outcome outcome) {
        EligibilityCheck.Answer answer = check(side.equals("send") ? sends() : hosts(), changes, OPEN);
        // A whole application made of a valid sample and the check's answers under the form's names; a stay over
        // six months only the version 1 form still took, so that one goes through its definition.
        boolean longStay = changes.containsKey("durationMonths");
        Map<String, List<String>> application = new LinkedHashMap<>(longStay
                ? Samples.version1(answer.form(), TODAY) : Samples.of(answer.form(), TODAY));
        application.putAll(answer.answers());
        if (application.get("country").contains("GB") || application.get("country").contains("LI")) {
            application.put("vatNumber", List.of(application.get("country").get(0) + "12345"));
        }
        ValidationResult valid = FormValidator.validate(
                (longStay ? Forms.version(answer.form(), 1) : Forms.byId(answer.form())).orElseThrow(),
                application, TODAY);
        assertThat(valid.errors()).as("the check's answers fill the form's own fields").isEmpty();

        assertThat(EligibilityRules.assess(valid, TODAY, OPEN)).contains(answer.eligibility());
    }

    @Test
    void the_answers_carry_under_the_names_of_the_form_they_lead_to() {
        EligibilityCheck.Answer sending = check(sends(), Map.of(), OPEN);
        EligibilityCheck.Answer hosting = check(hosts(), Map.of(), OPEN);

        assertThat(sending.form()).isEqualTo(Forms.SENDING);
        assertThat(sending.answers()).containsOnlyKeys("country", "legalForm", "headcount", "smeThresholds",
                "durationMonths", "p1ExperienceYears");
        assertThat(hosting.form()).isEqualTo(Forms.HOSTING);
        assertThat(hosting.answers()).containsOnlyKeys("country", "legalForm", "activityYears", "activeDaily");
        List<String> sendingFields = Forms.byId(Forms.SENDING).orElseThrow().fields().stream().map(Field::name)
                .toList();
        List<String> hostingFields = Forms.byId(Forms.HOSTING).orElseThrow().fields().stream().map(Field::name)
                .toList();
        assertThat(sendingFields).containsAll(sending.answers().keySet());
        assertThat(hostingFields).containsAll(hosting.answers().keySet());
    }

    @Test
    void the_check_asks_at_most_8_questions_and_nothing_personal() {
        assertThat(Forms.check().fields()).hasSizeLessThanOrEqualTo(8);
        assertThat(Forms.check().fields()).extracting(Field::type).doesNotContain(
                eu.mobilisesme.forms.FieldType.EMAIL, eu.mobilisesme.forms.FieldType.TEL,
                eu.mobilisesme.forms.FieldType.TEXT, eu.mobilisesme.forms.FieldType.TEXTAREA,
                eu.mobilisesme.forms.FieldType.VAT);
    }
}
