package eu.mobilisesme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.testing.Samples;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /**
     * Most rules are checked on the version 1 forms: frozen, and they hold every field type and cross-field rule
     * the validator knows (phones, web addresses, NACE codes, partner countries); the validator is the same.
     */
    static ValidationResult validate(String form, Map<String, List<String>> values) {
        return FormValidator.validate(Forms.version(form, 1).orElseThrow(), values, TODAY);
    }

    static ValidationResult validateCurrent(String form, Map<String, List<String>> values) {
        return FormValidator.validate(Forms.byId(form).orElseThrow(), values, TODAY);
    }

    static ValidationResult with(String form, String field, String... values) {
        Map<String, List<String>> all = new LinkedHashMap<>(Samples.version1(form, TODAY));
        if (values.length == 0) {
            all.remove(field);
        } else {
            all.put(field, List.of(values));
        }
        return validate(form, all);
    }

    @Test
    void the_samples_of_every_form_are_valid() {
        for (FormDefinition form : Forms.all()) {
            assertThat(validateCurrent(form.id(), Samples.of(form.id(), TODAY)).errors()).as(form.id()).isEmpty();
            assertThat(validate(form.id(), Samples.version1(form.id(), TODAY)).errors()).as(form.id() + " v1")
                    .isEmpty();
        }
    }

    @Test
    void the_current_sending_form_takes_1_to_6_months_and_asks_full_time_of_employees_and_managers_only() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of("sending", TODAY));
        values.put("durationMonths", List.of("7"));
        assertThat(validateCurrent("sending", values).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("durationMonths", ErrorCode.NUMBER_TOO_LARGE));
        values.put("durationMonths", List.of("6"));
        values.remove("p1FullTime");
        assertThat(validateCurrent("sending", values).errors()).extracting(FieldError::field)
                .containsExactly("p1FullTime");
        values.put("p1Role", List.of("owner"));
        assertThat(validateCurrent("sending", values).errors()).isEmpty();
        Map<String, List<String>> two = new LinkedHashMap<>(Samples.sendingTwo(TODAY));
        two.remove("p2FullTime");
        assertThat(validateCurrent("sending", two).errors()).extracting(FieldError::field)
                .containsExactly("p2FullTime");
        two.put("participantCount", List.of("1"));
        assertThat(validateCurrent("sending", two).values()).doesNotContainKeys("p2Role", "p2FullTime");
    }

    @Test
    void the_version_1_fields_are_unknown_to_the_current_forms() {
        for (FormDefinition form : Forms.all()) {
            Map<String, List<String>> values = new LinkedHashMap<>(Samples.version1(form.id(), TODAY));
            assertThat(validateCurrent(form.id(), values).errors()).as(form.id()).extracting(FieldError::code)
                    .contains(ErrorCode.UNKNOWN_FIELD);
        }
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                // form, field, value (none = absent), expected code
                Arguments.of("contact", "name", null, ErrorCode.REQUIRED),
                Arguments.of("contact", "name", "   ", ErrorCode.REQUIRED),
                Arguments.of("contact", "name", "\u00A0\u2003", ErrorCode.REQUIRED),
                Arguments.of("contact", "name", "x".repeat(151), ErrorCode.TOO_LONG),
                Arguments.of("contact", "name", "Ana\u0000", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\tLópez", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\nLópez", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\u202Ezepól", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\u200B", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\uFEFF", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\u0085", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "name", "Ana\uD800", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "message", "Too short", ErrorCode.TOO_SHORT),
                Arguments.of("contact", "message", "x".repeat(5001), ErrorCode.TOO_LONG),
                Arguments.of("contact", "message", "Hello there, a question\u0007 about it", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "message", "Hello there, a question \u202E about it", ErrorCode.INVALID_CHARACTERS),
                Arguments.of("contact", "email", "ana@", ErrorCode.EMAIL_INVALID),
                Arguments.of("contact", "email", "ana@example", ErrorCode.EMAIL_INVALID),
                Arguments.of("contact", "email", "ana example@example.com", ErrorCode.EMAIL_INVALID),
                Arguments.of("contact", "email", "a@" + "b".repeat(250) + ".com", ErrorCode.TOO_LONG),
                Arguments.of("contact", "email", "ana@exämple.com", ErrorCode.EMAIL_INVALID),
                Arguments.of("contact", "country", "ZZ", ErrorCode.OPTION_INVALID),
                Arguments.of("contact", "role", "ceo", ErrorCode.OPTION_INVALID),
                Arguments.of("contact", "replyLanguage", "it", ErrorCode.OPTION_INVALID),
                Arguments.of("contact", "privacyNotice", null, ErrorCode.REQUIRED),
                Arguments.of("contact", "privacyNotice", "no", ErrorCode.REQUIRED),
                Arguments.of("contact", "privacyNotice", "maybe", ErrorCode.OPTION_INVALID),
                Arguments.of("sending", "vatNumber", "B-1", ErrorCode.VAT_INVALID),
                Arguments.of("sending", "vatNumber", "ES B1234567_8", ErrorCode.VAT_INVALID),
                Arguments.of("sending", "yearFounded", "1799", ErrorCode.NUMBER_TOO_SMALL),
                Arguments.of("sending", "yearFounded", "2027", ErrorCode.NUMBER_TOO_LARGE),
                Arguments.of("sending", "yearFounded", "20O5", ErrorCode.NUMBER_INVALID),
                Arguments.of("sending", "headcount", "-1", ErrorCode.NUMBER_TOO_SMALL),
                Arguments.of("sending", "headcount", "1.5", ErrorCode.NUMBER_INVALID),
                Arguments.of("sending", "headcount", "99999999999999", ErrorCode.NUMBER_INVALID),
                Arguments.of("sending", "naceCode", "6201", ErrorCode.NACE_CODE_INVALID),
                Arguments.of("sending", "website", "javascript:alert(1)", ErrorCode.URL_INVALID),
                Arguments.of("sending", "website", "ftp://example.com", ErrorCode.URL_INVALID),
                Arguments.of("sending", "website", "https://user:pw@example.com", ErrorCode.URL_INVALID),
                Arguments.of("sending", "phone", "12345", ErrorCode.PHONE_INVALID),
                Arguments.of("sending", "phone", "+32 2 ABC", ErrorCode.PHONE_INVALID),
                Arguments.of("sending", "smeThresholds", null, ErrorCode.REQUIRED),
                Arguments.of("sending", "p1StartDate", "2026-12-01", ErrorCode.DATE_TOO_LATE),
                Arguments.of("sending", "p1StartDate", "27/11/2020", ErrorCode.DATE_INVALID),
                Arguments.of("sending", "p1StartDate", "2020-02-30", ErrorCode.DATE_INVALID),
                Arguments.of("sending", "preferredStart", "2026-12-01", ErrorCode.DATE_TOO_EARLY),
                Arguments.of("sending", "preferredStart", "2028-06-01", ErrorCode.DATE_TOO_LATE),
                Arguments.of("sending", "durationMonths", "0", ErrorCode.NUMBER_TOO_SMALL),
                Arguments.of("sending", "durationMonths", "13", ErrorCode.NUMBER_TOO_LARGE),
                Arguments.of("sending", "p1ExperienceYears", "61", ErrorCode.NUMBER_TOO_LARGE),
                Arguments.of("sending", "p1Profile", "Too short", ErrorCode.TOO_SHORT),
                Arguments.of("sending", "objectives", "x".repeat(199), ErrorCode.TOO_SHORT),
                Arguments.of("sending", "p1Role", "intern", ErrorCode.OPTION_INVALID),
                Arguments.of("sending", "participantCount", "3", ErrorCode.OPTION_INVALID),
                Arguments.of("sending", "declareLearning", null, ErrorCode.REQUIRED),
                Arguments.of("hosting", "activityYears", "-3", ErrorCode.NUMBER_TOO_SMALL),
                Arguments.of("hosting", "hostCapacity", "11", ErrorCode.NUMBER_TOO_LARGE),
                Arguments.of("hosting", "availableFrom", "2026-11-26", ErrorCode.DATE_TOO_EARLY),
                Arguments.of("hosting", "sizeClass", "huge", ErrorCode.OPTION_INVALID),
                Arguments.of("hosting", "declareNoEmployment", null, ErrorCode.REQUIRED));
    }

    @ParameterizedTest(name = "{0}.{1} = {2} -> {3}")
    @MethodSource("rejected")
    void each_field_rule_rejects_what_it_should(String form, String field, String value, ErrorCode code) {
        ValidationResult result = value == null ? with(form, field) : with(form, field, value);

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(field, code));
    }

    static Stream<Arguments> normalised() {
        return Stream.of(
                Arguments.of("contact", "name", "  Ana   María \u00A0 López ", "Ana María López"),
                Arguments.of("contact", "name", "Jose\u0301", "José"),
                Arguments.of("contact", "message", "First line of it\r\nSecond line here\r\n\r\n", "First line of it\nSecond line here"),
                Arguments.of("contact", "privacyNotice", "on", "yes"),
                Arguments.of("sending", "vatNumber", "es b-1234.567 8", "ESB12345678"),
                Arguments.of("sending", "phone", "0032 (2) 123.45.67", "+3221234567"),
                Arguments.of("sending", "headcount", "007", "7"),
                Arguments.of("sending", "website", "https://www.example.eu/about", "https://www.example.eu/about"));
    }

    @ParameterizedTest(name = "{0}.{1}: {2}")
    @MethodSource("normalised")
    void values_are_normalised_before_they_are_checked_and_kept(String form, String field, String raw, String kept) {
        ValidationResult result = with(form, field, raw);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value(field)).isEqualTo(kept);
    }

    @Test
    void every_problem_is_reported_at_once() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contactV1());
        values.remove("name");
        values.put("email", List.of("nope"));
        values.put("message", List.of("short"));

        assertThat(validate("contact", values).errors()).extracting(FieldError::field)
                .containsExactly("name", "email", "message");
    }

    @Test
    void choices_keep_the_forms_order_and_refuse_duplicates_and_too_many() {
        assertThat(with("sending", "targetCountries", "NL", "BE").valuesOf("targetCountries"))
                .containsExactly("BE", "NL");
        assertThat(with("sending", "targetCountries", "BE", "BE").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.DUPLICATE_OPTION);
        assertThat(with("sending", "targetCountries", "BE", "NL", "FR", "DE").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.TOO_MANY_OPTIONS);
        assertThat(with("sending", "targetCountries", "BE", "XX").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.OPTION_INVALID);
    }

    @Test
    void single_value_fields_refuse_several_values() {
        assertThat(with("contact", "email", "a@example.com", "b@example.com").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.MULTIPLE_VALUES);
    }

    @Test
    void a_field_of_another_form_is_unknown() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contactV1());
        values.put("vatNumber", List.of("BE0123456789"));

        assertThat(validate("contact", values).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, ErrorCode.UNKNOWN_FIELD));
    }

    @Test
    void conditional_fields_are_required_only_when_their_condition_holds() {
        assertThat(with("sending", "hostIdentified", "yes").errors()).extracting(FieldError::field)
                .containsExactly("hostName", "hostCountry");
        Map<String, List<String>> ignored = new LinkedHashMap<>(Samples.sendingV1(TODAY));
        ignored.put("hostName", List.of("Should not be kept"));
        assertThat(validate("sending", ignored).values()).doesNotContainKey("hostName");
        assertThat(with("sending", "participantCount", "2").errors()).extracting(FieldError::field)
                .contains("p2FirstName", "p2Email", "p2Profile");
        assertThat(with("sending", "goals", "other").errors()).extracting(FieldError::field)
                .containsExactly("goalOther");
        assertThat(with("sending", "splitPeriods", "yes").errors()).extracting(FieldError::field)
                .containsExactly("splitPlan");
    }

    @Test
    void two_participants_need_two_email_addresses() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.sendingV1(TODAY));
        values.put("participantCount", List.of("2"));
        Samples.sendingV1(TODAY).forEach((name, value) -> {
            if (name.startsWith("p1")) {
                values.put("p2" + name.substring(2), value);
            }
        });
        values.put("p2Email", List.of("LUCIA@example.es"));

        assertThat(validate("sending", values).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p2Email", ErrorCode.EMAIL_DUPLICATE));
    }

    @Test
    void partner_countries_must_differ_from_ones_own() {
        assertThat(with("sending", "targetCountries", "ES", "BE").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.SAME_COUNTRY);
        assertThat(with("hosting", "preferredSendingCountries", "BE").errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.SAME_COUNTRY);
    }

    @Test
    void a_hosts_availability_must_last_a_month() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.hostingV1(TODAY));
        values.put("availableFrom", List.of("2027-03-01"));
        values.put("availableTo", List.of("2027-03-20"));

        assertThat(validate("hosting", values).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("availableTo", ErrorCode.WINDOW_TOO_SHORT));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        assertThat(with("contact", "name", "😀".repeat(150)).errors()).isEmpty();
        assertThat(with("contact", "name", "😀".repeat(151)).errors()).extracting(FieldError::code)
                .containsExactly(ErrorCode.TOO_LONG);
    }
}
