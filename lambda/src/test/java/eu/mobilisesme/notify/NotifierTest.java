package eu.mobilisesme.notify;

import static eu.mobilisesme.notify.NotifyRig.STAFF;
import static eu.mobilisesme.notify.NotifyRig.event;
import static eu.mobilisesme.notify.NotifyRig.insert;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import eu.mobilisesme.testing.MotoServer;
import java.time.Duration;
import java.util.HashMap;
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
 * The staff notice and the confirmation against real parts: submissions stored by the real form endpoint in
 * dynalite, claims and rate items written there, messages sent to moto's SES v2 and read back as raw MIME.
 */
@ExtendWith(DynaliteExtension.class)
class NotifierTest {

    private static final Duration TIME = Duration.ofSeconds(60);
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
    void an_application_brings_the_staff_a_notice_and_the_submitter_a_confirmation_in_their_language(String lang,
            Dynalite dynalite) throws Exception {
        NotifyRig rig = new NotifyRig(dynalite, moto, lang);
        Map<String, List<String>> values = rig.sample(Forms.SENDING);
        Map<String, AttributeValue> item = rig.submit(Forms.SENDING, lang, values);
        String reference = item.get("reference").s();

        assertThat(rig.notifier().process(item, TIME)).isEqualTo(Notifier.Result.DONE);

        NoticeTexts texts = NoticeTexts.of(lang);
        Messages messages = Messages.of(lang);
        NotifyRig.Received staff = single(rig.sentTo(STAFF));
        assertThat(staff.subject()).isEqualTo(texts.format("subject.staff",
                Map.of("reference", reference, "form", messages.get("form.sending.title"))));
        assertThat(staff.header("Content-Language")).isEqualTo(lang);
        assertThat(staff.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(staff.header("Reply-To")).isEqualTo("ana@example.es");
        assertThat(staff.body()).contains(reference, "Aceites del Sur SL",
                texts.get("staff.outcome.needs-review"), messages.get("eligibility.NO_OPEN_CALL"),
                "java -jar review.jar sheets --table " + rig.table
                        + " --form sending --from 2026-12-02 --to 2026-12-02 --lang " + lang);

        NotifyRig.Received confirmation = single(rig.sentTo("ana@example.es"));
        assertThat(confirmation.subject()).isEqualTo(texts.format("subject.confirmation.application",
                Map.of("reference", reference)));
        assertThat(confirmation.header("Content-Language")).isEqualTo(lang);
        assertThat(confirmation.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(confirmation.header("From")).isEqualTo(NotifyRig.SENDER);
        assertThat(confirmation.header("Reply-To")).isEqualTo(STAFF);
        assertThat(confirmation.body()).contains(reference, messages.get("outcome.needs-review"),
                messages.get("eligibility.NO_OPEN_CALL"), "https://site.example" + texts.get("link.privacy"),
                texts.format("confirmation.next.application", Map.of("days", "10")));
        assertNothingTyped(confirmation, Forms.SENDING, values);
        assertThat(rig.sent()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_contact_message_is_confirmed_without_an_eligibility_indication(String lang, Dynalite dynalite)
            throws Exception {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, List<String>> values = rig.sample(Forms.CONTACT);
        Map<String, AttributeValue> item = rig.submit(Forms.CONTACT, lang, values);

        rig.handler().handleRequest(event(List.of(insert(item, 1))), null);

        NotifyRig.Received confirmation = single(rig.sentTo("jan@example.nl"));
        assertThat(confirmation.subject()).isEqualTo(NoticeTexts.of(lang).format("subject.confirmation.contact",
                Map.of("reference", item.get("reference").s())));
        assertThat(confirmation.body()).doesNotContain(NoticeTexts.of(lang).get("confirmation.eligibility"));
        assertNothingTyped(confirmation, Forms.CONTACT, values);
        assertThat(single(rig.sentTo(STAFF)).body()).contains("Jan de Vries",
                NoticeTexts.of("en").get("staff.outcome.none"));
    }

    @Test
    void a_record_delivered_twice_sends_each_message_once(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, AttributeValue> item = rig.submit(Forms.HOSTING, "fr", rig.sample(Forms.HOSTING));
        NotifyHandler handler = rig.handler();

        StreamsEventResponse first = handler.handleRequest(event(List.of(insert(item, 1), insert(item, 1))), null);
        StreamsEventResponse again = handler.handleRequest(event(List.of(insert(item, 1))), null);
        rig.notifier().process(item, TIME);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(rig.sent()).hasSize(2);
        assertThat(rig.item(item.get("id").s())).containsEntry("staffNoticeState", AttributeValue.fromS("sent"))
                .containsEntry("confirmationState", AttributeValue.fromS("sent"))
                .doesNotContainKeys("staffNoticeLeaseUntil", "confirmationToken");
    }

    @Test
    void when_ses_is_down_the_record_is_retried_and_sends_once_when_it_is_back(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "de");
        Map<String, AttributeValue> item = rig.submit(Forms.SENDING, "de", rig.sample(Forms.SENDING));
        Map<String, AttributeValue> other = rig.submit(Forms.CONTACT, "nl", rig.sample(Forms.CONTACT));
        NotifyHandler handler = rig.handler();

        moto.stop();
        StreamsEventResponse down;
        try {
            down = handler.handleRequest(event(List.of(insert(item, 7), insert(other, 8))), null);
        } finally {
            moto.restart();
        }
        rig.verifySender();
        StreamsEventResponse up = handler.handleRequest(event(List.of(insert(item, 7), insert(other, 8))), null);
        StreamsEventResponse replay = handler.handleRequest(event(List.of(insert(item, 7), insert(other, 8))), null);

        assertThat(down.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("7", "8");
        assertThat(up.getBatchItemFailures()).isEmpty();
        assertThat(replay.getBatchItemFailures()).isEmpty();
        assertThat(rig.sentTo(STAFF)).hasSize(2);
        assertThat(rig.sentTo("ana@example.es")).hasSize(1);
        assertThat(rig.sentTo("jan@example.nl")).hasSize(1);
    }

    @Test
    void a_sender_that_died_after_claiming_delays_the_message_but_does_not_lose_it(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, AttributeValue> item = rig.submit(Forms.CONTACT, "es", rig.sample(Forms.CONTACT));
        String id = item.get("id").s();
        NoticeClaims claims = new NoticeClaims(rig.dynamo, rig.table);
        // An attempt that claimed both messages and then crashed: its leases are live.
        claims.claim(id, Notice.STAFF, rig.clock.instant(), Notifier.LEASE);
        claims.claim(id, Notice.CONFIRMATION, rig.clock.instant(), Notifier.LEASE);

        Notifier.Result noTime = rig.notifier().process(item, Duration.ZERO);
        assertThat(noTime).isEqualTo(Notifier.Result.RETRY);
        assertThat(rig.sent()).isEmpty();

        Notifier.Result waited = rig.notifier().process(item, TIME);
        assertThat(waited).isEqualTo(Notifier.Result.DONE);
        assertThat(rig.sentTo(STAFF)).hasSize(1);
        assertThat(rig.sentTo("jan@example.nl")).hasSize(1);
    }

    @Test
    void an_address_gets_at_most_one_confirmation_in_24_hours(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, List<String>> values = rig.sample(Forms.CONTACT);
        Map<String, AttributeValue> first = rig.submit(Forms.CONTACT, "en", values);
        values.put("message", List.of("A second question, sent an hour later, about the dates."));
        rig.clock.advance(Duration.ofHours(1));
        Map<String, AttributeValue> second = rig.submit(Forms.CONTACT, "en", values);
        values.put("email", List.of("JAN@Example.NL"));
        values.put("message", List.of("A third question, the same address in capitals this time."));
        Map<String, AttributeValue> third = rig.submit(Forms.CONTACT, "en", values);

        rig.notifier().process(first, TIME);
        rig.notifier().process(second, TIME);
        rig.notifier().process(third, TIME);
        assertThat(rig.sentTo(STAFF)).hasSize(3);
        assertThat(rig.sent().stream().filter(m -> !m.destinations().equals(List.of(STAFF)))).hasSize(1);

        rig.clock.advance(RateLimit.WINDOW);
        values.put("email", List.of("jan@example.nl"));
        values.put("message", List.of("A fourth question, a day after the first confirmation went."));
        Map<String, AttributeValue> nextDay = rig.submit(Forms.CONTACT, "en", values);
        rig.notifier().process(nextDay, TIME);

        assertThat(rig.sentTo("jan@example.nl")).hasSize(2);
        assertThat(rig.item(second.get("id").s())).containsEntry("confirmationState", AttributeValue.fromS("skipped"))
                .containsEntry("confirmationMessageId", AttributeValue.fromS("rate-limited"));
        Map<String, AttributeValue> rateItem = rig.item(RateLimit.key("jan@example.nl"));
        assertThat(rateItem.get("id").s()).doesNotContain("jan").startsWith(RateLimit.KEY_PREFIX);
        assertThat(Long.parseLong(rateItem.get("expiresAt").n()))
                .isEqualTo(rig.clock.instant().plus(RateLimit.WINDOW).getEpochSecond());
        assertThat(rig.notifier().process(rateItem, TIME)).as("a rate item is no submission")
                .isEqualTo(Notifier.Result.DONE);
    }

    @Test
    void hostile_names_and_addresses_never_reach_a_header(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, AttributeValue> template = rig.submit(Forms.SENDING, "en", rig.sample(Forms.SENDING));
        List<String> names = List.of(
                "Evil Ltd\r\nBcc: victim@example.com",
                "Evil\nSubject: you won",
                "A".repeat(10_000),
                "\u202Eeci\u0076ni \u200B\uFEFF Ünïcødé 株式会社 🚀",
                "=?UTF-8?B?QmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?=");
        List<String> addresses = List.of(
                "victim@example.com\r\nBcc: other@example.com",
                "victim@example.com\nBcc: other@example.com",
                "Victim <victim@example.com>",
                "victim@example.com, other@example.com",
                "a".repeat(250) + "@example.com",
                "jörg@exämple.de",
                "\u202Evictim@example.com");
        int n = 0;
        for (String name : names) {
            for (String address : List.of(addresses.get(n % addresses.size()), "ok" + n + "@example.org")) {
                Map<String, AttributeValue> item = new HashMap<>(template);
                item.put("id", AttributeValue.fromS(java.util.UUID.randomUUID().toString()));
                item.put("legalName", AttributeValue.fromS(name));
                item.put("email", AttributeValue.fromS(address));
                rig.dynamo.putItem(b -> b.tableName(rig.table).item(item));
                assertThat(rig.notifier().process(item, TIME)).as(name + " / " + address)
                        .isEqualTo(Notifier.Result.DONE);
            }
            n++;
        }
        for (String address : addresses.subList(names.size(), addresses.size())) {
            Map<String, AttributeValue> item = new HashMap<>(template);
            item.put("id", AttributeValue.fromS(java.util.UUID.randomUUID().toString()));
            item.put("email", AttributeValue.fromS(address));
            rig.dynamo.putItem(b -> b.tableName(rig.table).item(item));
            assertThat(rig.notifier().process(item, TIME)).isEqualTo(Notifier.Result.DONE);
        }

        List<NotifyRig.Received> sent = rig.sent();
        assertThat(rig.sentTo(STAFF)).hasSize(names.size() * 2 + addresses.size() - names.size());
        for (NotifyRig.Received message : sent) {
            String headers = message.headerBlock();
            assertThat(message.destinations()).hasSize(1);
            assertThat(message.destinations().get(0)).matches(STAFF + "|ok[0-9]+@example\\.org");
            assertThat(headers).doesNotContainIgnoringCase("bcc").doesNotContain("victim", "you won", "AAAA",
                    "Evil", "\u202E");
            assertThat(headers.lines().filter(line -> line.regionMatches(true, 0, "To:", 0, 3))).hasSize(1);
            assertThat(headers.chars().allMatch(c -> c < 128)).as("headers are 7-bit, encoded by the library")
                    .isTrue();
        }
        assertThat(rig.sentTo(STAFF)).allSatisfy(notice -> {
            assertThat(notice.body().lines().filter(line -> line.startsWith("Bcc") || line.startsWith("Subject")))
                    .isEmpty();
            assertThat(notice.body().length()).isLessThan(5_000);
        });
    }

    @Test
    void a_submission_erased_before_its_record_is_read_is_not_written_to(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "en");
        Map<String, AttributeValue> item = rig.submit(Forms.CONTACT, "de", rig.sample(Forms.CONTACT));
        rig.dynamo.deleteItem(b -> b.tableName(rig.table).key(Map.of("id", item.get("id"))));

        assertThat(rig.notifier().process(item, TIME)).isEqualTo(Notifier.Result.DONE);

        assertThat(rig.sent()).isEmpty();
        assertThat(rig.dynamo.scan(b -> b.tableName(rig.table)).count()).as("no item recreated").isZero();
    }

    @Test
    void only_new_submissions_are_notified_and_priming_sends_and_writes_nothing(Dynalite dynalite) {
        NotifyRig rig = new NotifyRig(dynalite, moto, "nl");
        Map<String, AttributeValue> item = rig.submit(Forms.CONTACT, "fr", rig.sample(Forms.CONTACT));
        NotifyHandler handler = rig.handler();
        handler.beforeCheckpoint(null);
        var modify = insert(item, 3);
        modify.setEventName("MODIFY");
        var remove = insert(item, 4);
        remove.setEventName("REMOVE");

        StreamsEventResponse response = handler.handleRequest(event(List.of(modify, remove)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(rig.sent()).isEmpty();
        assertThat(rig.item(item.get("id").s())).doesNotContainKeys("staffNoticeState", "confirmationState");
        assertThat(rig.dynamo.scan(b -> b.tableName(rig.table)).count()).isEqualTo(1);
    }

    @Test
    void a_stream_event_read_by_the_lambda_runtimes_serializer_is_notified(Dynalite dynalite) throws Exception {
        NotifyRig rig = new NotifyRig(dynalite, moto, "es");
        Map<String, AttributeValue> item = rig.submit(Forms.SENDING, "nl", rig.sample(Forms.SENDING));
        String json = "{\"Records\":[{\"eventID\":\"1\",\"eventName\":\"INSERT\",\"eventVersion\":\"1.1\","
                + "\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"eu-west-1\",\"dynamodb\":{"
                + "\"ApproximateCreationDateTime\":1796200000,\"Keys\":{\"id\":{\"S\":\"" + item.get("id").s() + "\"}},"
                + "\"NewImage\":" + streamJson(item) + ",\"SequenceNumber\":\"4421584500000000017450439091\","
                + "\"SizeBytes\":2048,\"StreamViewType\":\"NEW_IMAGE\"},"
                + "\"eventSourceARN\":\"arn:aws:dynamodb:eu-west-1:123456789012:table/t/stream/2026-12-02\"}]}";
        DynamodbEvent event = LambdaEventSerializers.serializerFor(DynamodbEvent.class, getClass().getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        StreamsEventResponse response = rig.handler().handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(single(rig.sentTo("ana@example.es")).header("Content-Language")).isEqualTo("nl");
        assertThat(single(rig.sentTo(STAFF)).body()).contains(Messages.of("es").get("eligibility.NO_OPEN_CALL"));
    }

    /** An item in the stream's JSON form, as DynamoDB writes it into a record. */
    private static String streamJson(Map<String, AttributeValue> item) {
        StringBuilder json = new StringBuilder("{");
        item.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':');
            if (value.s() != null) {
                json.append("{\"S\":").append(quote(value.s())).append('}');
            } else if (value.n() != null) {
                json.append("{\"N\":").append(quote(value.n())).append('}');
            } else if (value.hasSs()) {
                json.append("{\"SS\":[").append(String.join(",", value.ss().stream().map(NotifierTest::quote)
                        .toList())).append("]}");
            } else {
                json.append("{\"BOOL\":").append(value.bool()).append('}');
            }
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return eu.mobilisesme.testing.Samples.quote(text);
    }

    /** No text field's typed value shows in a confirmation: it must be useless to someone typing another's address. */
    private static void assertNothingTyped(NotifyRig.Received confirmation, String form,
            Map<String, List<String>> values) {
        for (Field field : Forms.byId(form).orElseThrow().fields()) {
            if (field.type() == FieldType.TEXT || field.type() == FieldType.TEXTAREA
                    || field.type() == FieldType.EMAIL) {
                for (String value : values.getOrDefault(field.name(), List.of())) {
                    assertThat(confirmation.body()).as(field.name()).doesNotContain(value);
                    assertThat(confirmation.headerBlock()).as(field.name())
                            .doesNotContain(field.type() == FieldType.EMAIL ? "\u0000" : value);
                }
            }
        }
    }

    private static NotifyRig.Received single(List<NotifyRig.Received> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
