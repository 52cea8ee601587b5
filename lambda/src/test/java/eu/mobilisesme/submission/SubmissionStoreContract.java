package eu.mobilisesme.submission;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SubmissionStore} must do: save once per id, answer a retry with the assessment on record,
 * refuse other content under a taken id, count a company's participants. Runs against the in-memory store the
 * endpoint tests use ({@code InMemorySubmissionStoreTest}) and against DynamoDB engines ({@link
 * DynamoDbStoreContract}), so the fast tests and the real store cannot drift apart.
 */
public abstract class SubmissionStoreContract {

    static final Instant NOW = Instant.parse("2026-11-27T09:30:00Z");
    protected SubmissionStore store;

    /** A new, empty store of the kind under test. */
    protected abstract SubmissionStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    static Submission contact(String id, String message, Instant receivedAt) {
        Map<String, List<String>> values = Map.of("name", List.of("Ana"), "email", List.of("ana@example.es"),
                "role", List.of("host"), "replyLanguage", List.of("es"), "subject", List.of("other"),
                "message", List.of(message), "privacyNotice", List.of("yes"));
        return new Submission(id, References.of(UUID.fromString(id)), "contact", 1, "es", receivedAt,
                Submission.Channel.SCRIPT, values, Optional.empty(), PayloadHash.of("contact", values), "v1",
                receivedAt.plus(365, ChronoUnit.DAYS));
    }

    static Submission sending(String country, String vat, int participants) {
        String id = UUID.randomUUID().toString();
        Map<String, List<String>> values = Map.of("legalName", List.of("Aceites del Sur SL"),
                "country", List.of(country), "vatNumber", List.of(vat),
                "participantCount", List.of(Integer.toString(participants)));
        return new Submission(id, References.of(UUID.fromString(id)), "sending", 1, "es", NOW,
                Submission.Channel.SCRIPT, values, Optional.empty(), PayloadHash.of("sending", values), "v1",
                NOW.plus(365, ChronoUnit.DAYS));
    }

    @Test
    void a_companys_participants_are_counted_over_its_other_sending_applications() {
        Submission first = sending("ES", "ESB12345678", 2);
        store.save(first);
        store.save(sending("ES", "B12345678", 1));          // the same company, written without its prefix
        store.save(sending("PT", "B12345678", 2));          // the same number in another country: another company
        store.save(contact(UUID.randomUUID().toString(), "A question from the same company.", NOW));
        String newcomer = UUID.randomUUID().toString();

        assertThat(store.participantsSent("ESB12345678", newcomer, 10)).isEqualTo(3);
        assertThat(store.participantsSent("ESB12345678", first.id(), 10)).as("a retry never counts itself")
                .isEqualTo(1);
        assertThat(store.participantsSent("PTB12345678", newcomer, 10)).isEqualTo(2);
        assertThat(store.participantsSent("FR12345678901", newcomer, 10)).isZero();
    }

    @Test
    void counting_reads_past_the_first_page_but_stops_once_there_are_enough() {
        for (int i = 0; i < 9; i++) {
            store.save(sending("BE", "BE0123456789", 1));
        }
        String newcomer = UUID.randomUUID().toString();

        assertThat(store.participantsSent("BE0123456789", newcomer, 100)).isEqualTo(9);
        assertThat(store.participantsSent("BE0123456789", newcomer, 2)).isBetween(2, 3);
    }

    @Test
    void a_retry_gets_the_assessment_on_record_not_the_one_the_rules_give_now() {
        Submission first = withEligibility(sending("ES", "ESB12345678", 2),
                EligibilityResult.of(List.of(Reason.SHORT_TENURE, Reason.COUNTRY_TO_CONFIRM)));
        store.save(first);
        Submission retry = withEligibility(first, EligibilityResult.of(List.of(Reason.PARTICIPANT_LIMIT)));

        SaveResult retried = store.save(retry);

        assertThat(retried.kind()).isEqualTo(SaveResult.Kind.ALREADY_STORED);
        assertThat(retried.eligibility()).as("reasons in rule order, as first answered")
                .contains(EligibilityResult.of(List.of(Reason.COUNTRY_TO_CONFIRM, Reason.SHORT_TENURE)));
    }

    static Submission withEligibility(Submission s, EligibilityResult eligibility) {
        return new Submission(s.id(), s.reference(), s.form(), s.formVersion(), s.lang(), s.receivedAt(), s.channel(),
                s.values(), Optional.of(eligibility), s.payloadHash(), s.privacyNoticeVersion(), s.expiresAt());
    }

    @Test
    void the_same_submission_again_is_already_stored_and_other_content_under_its_id_is_a_conflict() {
        String id = UUID.randomUUID().toString();
        assertThat(store.save(contact(id, "The first question, as sent.", NOW)).kind())
                .isEqualTo(SaveResult.Kind.STORED);

        assertThat(store.save(contact(id, "The first question, as sent.", NOW.plusSeconds(5))))
                .isEqualTo(SaveResult.alreadyStored(Optional.empty()));
        assertThat(store.save(contact(id, "Something else entirely.", NOW))).isEqualTo(SaveResult.conflict());
        assertThat(store.save(contact(id, "The first question, as sent.", NOW)).kind()).as("the first is kept")
                .isEqualTo(SaveResult.Kind.ALREADY_STORED);
    }
}
