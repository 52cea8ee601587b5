package eu.mobilisesme.notify;

import static eu.mobilisesme.notify.NotifyRig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import eu.mobilisesme.testing.MotoServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The staff's daily digest against real parts: submissions stored by the real form endpoint in dynalite, the
 * digest claimed there and sent to moto's SES v2, read back as MIME.
 */
@ExtendWith(DynaliteExtension.class)
class DailyDigestTest {

    /** The rig's clock starts on 2 December 2026, 10:30 in Brussels. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static MotoServer moto;

    @BeforeAll
    static void startMoto() {
        moto = MotoServer.startRequired();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_day_with_submissions_brings_one_digest_listing_exactly_that_day_in_the_staff_language(String lang,
            Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, lang);
        String sending = reference(rig.submit(Forms.SENDING, "es", rig.sample(Forms.SENDING)));
        rig.clock.advance(Duration.ofMinutes(1));
        String hosting = reference(rig.submit(Forms.HOSTING, "de", rig.sample(Forms.HOSTING)));
        // 23:31 in Brussels is still the same day there, though 22:31 UTC.
        rig.clock.advance(Duration.ofHours(13));
        String contact = reference(rig.submit(Forms.CONTACT, "nl", rig.sample(Forms.CONTACT)));
        // 00:31 the next day in Brussels: tomorrow's digest.
        rig.clock.advance(Duration.ofHours(1));
        String nextDay = reference(rig.submit(Forms.CONTACT, "fr", rig.sample(Forms.CONTACT)));

        assertThat(digest(rig).send(DAY)).isEqualTo(DailyDigest.Result.SENT);

        NotifyRig.Received message = single(rig.sentTo(STAFF));
        NoticeTexts texts = NoticeTexts.of(lang);
        Messages messages = Messages.of(lang);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale()).format(DAY);
        assertThat(message.subject()).isEqualTo(texts.format("subject.digest.other", Map.of("day", day, "count", "3")));
        assertThat(message.header("Content-Language")).isEqualTo(lang);
        assertThat(message.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(message.body()).contains(texts.format("digest.count.other", Map.of("day", day, "count", "3")),
                messages.get("form.sending.title"), messages.get("form.contact.title"),
                "java -jar review.jar sheets --table " + rig.table + " --from 2026-12-02 --to 2026-12-02 --lang "
                        + lang)
                .doesNotContain(nextDay, "ana@example.es");
        assertThat(message.body().indexOf(sending)).isPositive()
                .isLessThan(message.body().indexOf(hosting));
        assertThat(message.body().indexOf(hosting)).isLessThan(message.body().indexOf(contact));
    }

    @Test
    void one_submission_is_named_in_the_singular(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        rig.submit(Forms.CONTACT, "en", rig.sample(Forms.CONTACT));

        digest(rig).send(DAY);

        assertThat(single(rig.sentTo(STAFF)).subject())
                .isEqualTo("Daily digest for Wednesday, December 2, 2026: 1 new submission");
    }

    @Test
    void a_schedule_that_fires_twice_sends_one_digest_and_a_quiet_day_sends_none(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "fr");
        rig.submit(Forms.SENDING, "fr", rig.sample(Forms.SENDING));
        DailyDigest digest = digest(rig);

        assertThat(digest.send(DAY)).isEqualTo(DailyDigest.Result.SENT);
        assertThat(digest.send(DAY)).isEqualTo(DailyDigest.Result.ALREADY_SENT);
        assertThat(digest.send(DAY.minusDays(1))).isEqualTo(DailyDigest.Result.NOTHING_TO_SEND);

        assertThat(rig.sentTo(STAFF)).hasSize(1);
        Map<String, AttributeValue> item = rig.item(DailyDigest.key(DAY));
        assertThat(item.get("digestState").s()).isEqualTo("sent");
        assertThat(Long.parseLong(item.get("expiresAt").n()))
                .isEqualTo(rig.clock.instant().plus(Duration.ofDays(35)).getEpochSecond());
    }

    @Test
    void when_ses_is_down_the_run_fails_for_the_schedule_to_retry_and_the_retry_sends_once(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "nl");
        rig.submit(Forms.HOSTING, "nl", rig.sample(Forms.HOSTING));
        DigestHandler handler = new DigestHandler(digest(rig), rig.clock);
        rig.clock.advance(Duration.ofHours(21)); // 07:30 in Brussels the next morning
        Map<String, Object> scheduled = Map.of();

        moto.stop();
        try {
            assertThatThrownBy(() -> handler.handleRequest(scheduled, null)).isInstanceOf(IllegalStateException.class);
        } finally {
            moto.restart();
        }
        rig.verifySender();

        assertThat(handler.handleRequest(scheduled, null)).isEqualTo("SENT");
        assertThat(handler.handleRequest(scheduled, null)).isEqualTo("ALREADY_SENT");
        assertThat(rig.sentTo(STAFF)).hasSize(1);
    }

    @Test
    void staff_may_ask_for_a_given_day_and_a_bad_day_is_refused(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "de");
        DigestHandler handler = new DigestHandler(digest(rig), rig.clock);

        assertThat(handler.day(Map.of("day", "2026-11-30"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(handler.day(null)).isEqualTo(DAY.minusDays(1));
        assertThatThrownBy(() -> handler.day(Map.of("day", "30.11.2026")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-12-07");
    }

    @Test
    void the_digest_reads_only_the_attributes_its_role_may_read(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, AttributeValue> stored = rig.submit(Forms.SENDING, "en", rig.sample(Forms.SENDING));
        assertThat(stored).containsKey("email");

        List<StoredSubmission> read = new DigestSource(rig.dynamo, rig.table).receivedOn(DAY);

        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.email()).isEmpty();
            assertThat(s.name()).hasValue("Aceites del Sur SL");
        });
        assertThat(DigestSource.ATTRIBUTES).doesNotContain("email", "phone", "message");
    }

    private static DailyDigest digest(NotifyRig rig) {
        return new DailyDigest(new DigestSource(rig.dynamo, rig.table), new MessageComposer(rig.settings),
                new SesMailSender(NotifyClients.ses(rig.settings), rig.settings.configurationSet()), rig.dynamo,
                rig.table, rig.clock);
    }

    private static String reference(Map<String, AttributeValue> item) {
        return item.get("reference").s();
    }

    private static NotifyRig.Received single(List<NotifyRig.Received> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

}
