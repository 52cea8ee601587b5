package eu.mobilisesme.notify;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.http.FormEndpoint;
import eu.mobilisesme.http.HttpAnswer;
import eu.mobilisesme.submission.DynamoDbSubmissionStore;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.MotoServer;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * One table in dynalite and one moto SES, with the notify function's parts wired as on AWS, a clock the tests
 * move, and ways to store submissions through the real form endpoint and read back what SES accepted.
 */
final class NotifyRig {

    static final String STAFF = "staff@contact-point.example";
    static final String SENDER = "no-reply@mobilisesme.example";

    final Dynalite dynalite;
    final MotoServer moto;
    final String table = "notify-" + UUID.randomUUID();
    final DynamoDbClient dynamo;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:30:00Z"));
    final NotifySettings settings;

    NotifyRig(Dynalite dynalite, MotoServer moto, String staffLang) {
        this.dynalite = dynalite;
        this.moto = moto;
        this.dynamo = dynalite.client();
        SubmissionTable.ensure(dynamo, table);
        Map<String, String> env = new HashMap<>();
        env.put(NotifySettings.TABLE_NAME, table);
        env.put(NotifySettings.STAFF_EMAIL, STAFF);
        env.put(NotifySettings.STAFF_LANG, staffLang);
        env.put(NotifySettings.SENDER_EMAIL, SENDER);
        env.put(NotifySettings.CONFIGURATION_SET, "mobilisesme");
        env.put(NotifySettings.RESPONSE_DAYS, "10");
        env.put(NotifySettings.SITE_URL, "https://site.example");
        env.put(NotifySettings.DYNAMODB_ENDPOINT, dynalite.endpoint().toString());
        env.put(NotifySettings.SES_ENDPOINT, moto.endpoint().toString());
        this.settings = NotifySettings.from(env);
        moto.reset();
        verifySender();
    }

    /** moto, as SES, sends only from a verified identity with an existing configuration set. */
    void verifySender() {
        try (SesV2Client ses = NotifyClients.ses(settings)) {
            ses.createEmailIdentity(b -> b.emailIdentity(SENDER));
            ses.createConfigurationSet(b -> b.configurationSetName("mobilisesme"));
        }
    }

    Notifier notifier() {
        return notifier(NotifyClients.ses(settings));
    }

    Notifier notifier(SesV2Client ses) {
        return new Notifier(new MessageComposer(settings), new SesMailSender(ses, settings.configurationSet()),
                new NoticeClaims(dynamo, table), new RateLimit(dynamo, table), clock, Notifier.LEASE,
                clock::advance);
    }

    NotifyHandler handler() {
        return new NotifyHandler(notifier(), new MessageComposer(settings));
    }

    /** Stores a submission through the real endpoint and returns the stored item, as the stream would carry it. */
    Map<String, AttributeValue> submit(String form, String lang, Map<String, List<String>> values) {
        Config config = dynalite.config(table);
        FormEndpoint endpoint = new FormEndpoint(Forms.CONTACT.equals(form) ? List.of(form)
                : Forms.applicationForms(), config, new DynamoDbSubmissionStore(dynamo, table, clock), clock);
        String id = UUID.randomUUID().toString();
        HttpAnswer answer = endpoint.handle(Requests.json(form, lang, id, values));
        if (answer.status() != 201) {
            throw new AssertionError("not stored: " + answer.status() + " " + answer.body());
        }
        return item(id);
    }

    Map<String, List<String>> sample(String form) {
        return Samples.of(form, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    Map<String, AttributeValue> item(String id) {
        return dynamo.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true))
                .item();
    }

    /** The stream record Lambda would deliver for a newly stored item. */
    static DynamodbEvent.DynamodbStreamRecord insert(Map<String, AttributeValue> item, long sequence) {
        StreamRecord change = new StreamRecord();
        change.setNewImage(toStreamImage(item));
        change.setKeys(Map.of("id", toStreamImage(Map.of("id", item.get("id"))).get("id")));
        change.setSequenceNumber(Long.toString(sequence));
        change.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_IMAGE);
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setEventSource("aws:dynamodb");
        record.setDynamodb(change);
        return record;
    }

    static DynamodbEvent event(List<DynamodbEvent.DynamodbStreamRecord> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toStreamImage(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image =
                new HashMap<>();
        item.forEach((name, value) -> {
            var converted = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
            if (value.s() != null) {
                converted.setS(value.s());
            } else if (value.n() != null) {
                converted.setN(value.n());
            } else if (value.hasSs()) {
                converted.setSS(value.ss());
            } else if (value.bool() != null) {
                converted.setBOOL(value.bool());
            } else {
                return;
            }
            image.put(name, converted);
        });
        return image;
    }

    /** What SES accepted, parsed back from the raw MIME it holds. */
    List<Received> sent() {
        List<Received> messages = new ArrayList<>();
        for (MotoServer.SentMessage message : moto.sentMessages()) {
            messages.add(Received.parse(message));
        }
        return messages;
    }

    List<Received> sentTo(String address) {
        return sent().stream().filter(m -> m.destinations().equals(List.of(address))).toList();
    }

    record Received(MotoServer.SentMessage raw, MimeMessage mime, String body) {

        static Received parse(MotoServer.SentMessage message) {
            try {
                MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(message.raw().getBytes(StandardCharsets.UTF_8)));
                return new Received(message, mime, (String) mime.getContent());
            } catch (Exception e) {
                throw new AssertionError("SES holds a message that is not valid MIME: " + message.raw(), e);
            }
        }

        /** The envelope's recipients; moto lists the header's To beside the envelope's, so each once. */
        List<String> destinations() {
            return raw.destinations().stream().distinct().toList();
        }

        String subject() {
            try {
                return mime.getSubject();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        String header(String name) {
            try {
                String[] values = mime.getHeader(name);
                return values == null ? null : String.join("\n", values);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** The header block exactly as sent, unfolded lines included. */
        String headerBlock() {
            String raw = this.raw.raw().replace("\r\n", "\n");
            return raw.substring(0, raw.indexOf("\n\n"));
        }
    }

    /** A clock that only moves when told; the claims' lease waits move it. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
