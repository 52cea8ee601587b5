package eu.mobilisesme.forms.eligibility;

import static eu.mobilisesme.forms.eligibility.Reason.NO_OPEN_CALL;
import static eu.mobilisesme.forms.eligibility.Reason.OUTSIDE_CALL_WINDOW;
import static eu.mobilisesme.forms.eligibility.Reason.PARTICIPANT_LIMIT;
import static eu.mobilisesme.forms.eligibility.Reason.SHORT_TENURE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.testing.Samples;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantLimitTest {

    static final EligibilityResult ELIGIBLE = EligibilityResult.of(List.of());

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static Map<String, List<String>> sending(String country, String vat) {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.sending(TODAY));
        values.put("country", List.of(country));
        values.put("vatNumber", List.of(vat));
        return values;
    }

    @ParameterizedTest(name = "{0} {1} is company {2}")
    @CsvSource({
            "ES, ESB12345678, ESB12345678",
            "ES, B12345678, ESB12345678",
            "PT, B12345678, PTB12345678",
            "GR, 123456789, EL123456789",
            "GR, EL123456789, EL123456789",
            "NO, 923456789, NO923456789"})
    void a_company_is_its_vat_number_with_the_country_prefix(String country, String vat, String key) {
        assertThat(ParticipantLimit.companyKey("sending", sending(country, vat))).contains(key);
    }

    @Test
    void hosting_companies_and_contact_messages_send_nobody() {
        assertThat(ParticipantLimit.companyKey("hosting", Samples.hosting(TODAY))).isEmpty();
        assertThat(ParticipantLimit.companyKey("contact", Samples.contact())).isEmpty();
    }

    @ParameterizedTest(name = "{0} earlier + {1} now: over the limit {2}")
    @CsvSource({"0, 1, false", "0, 2, false", "1, 1, false", "1, 2, true", "2, 1, true", "2, 2, true", "5, 1, true"})
    void more_than_two_people_per_company_needs_review(int earlier, int now, boolean over) {
        EligibilityResult result = ParticipantLimit.apply(ELIGIBLE, earlier, now);

        assertThat(result.reasons().contains(PARTICIPANT_LIMIT)).isEqualTo(over);
        assertThat(result.outcome()).isEqualTo(over ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE);
    }

    @Test
    void the_reason_takes_its_place_in_rule_order_and_never_twice() {
        EligibilityResult before = EligibilityResult.of(List.of(SHORT_TENURE, NO_OPEN_CALL));

        EligibilityResult after = ParticipantLimit.apply(before, 2, 1);

        assertThat(after.reasons()).containsExactly(SHORT_TENURE, PARTICIPANT_LIMIT, NO_OPEN_CALL);
        assertThat(ParticipantLimit.apply(after, 2, 1)).isEqualTo(after);
        assertThat(ParticipantLimit.apply(EligibilityResult.of(List.of(OUTSIDE_CALL_WINDOW)), 0, 2).reasons())
                .containsExactly(OUTSIDE_CALL_WINDOW);
    }

    @Test
    void an_ineligible_application_stays_ineligible() {
        EligibilityResult ineligible = EligibilityResult.of(List.of(Reason.DURATION_TOO_LONG));

        assertThat(ParticipantLimit.apply(ineligible, 2, 2).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void an_application_sends_the_participants_it_names() {
        assertThat(ParticipantLimit.participants(Samples.sending(TODAY))).isEqualTo(1);
        assertThat(ParticipantLimit.participants(Samples.sendingTwo(TODAY))).isEqualTo(2);
    }
}
