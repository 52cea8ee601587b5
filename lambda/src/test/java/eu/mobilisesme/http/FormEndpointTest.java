package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.submission.DynamoDbSubmissionStore;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.StorageUnavailableException;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionAttributes;
import eu.mobilisesme.submission.SubmissionStore;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynaliteExtension.class)
class FormEndpointTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    DynamoDbClient client;
    Config config;
    String table;

    @BeforeEach
    void table(Dynalite dynalite) {
        table = "submissions-" + UUID.randomUUID();
        config = dynalite.config(table);
        client = dynalite.client();
        SubmissionTable.ensure(client, table);
    }

    FormEndpoint endpoint(String form) {
        List<String> forms = form.equals(Forms.CONTACT) ? List.of(Forms.CONTACT) : Forms.applicationForms();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new FormEndpoint(forms, config, new DynamoDbSubmissionStore(client, table, clock), clock);
    }

    Map<String, AttributeValue> stored(String id) {
        return client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id)))).item();
    }

    int count() {
        return client.scan(b -> b.tableName(table)).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sending", "hosting", "contact"})
    void a_valid_json_submission_is_stored_with_every_field_and_answered_201(String form) {
        String id = UUID.randomUUID().toString();
        Map<String, List<String>> values = Samples.of(form, TODAY);

        HttpAnswer answer = endpoint(form).handle(Requests.json(form, "fr", id, values));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers()).containsEntry("Content-Language", "fr");
        assertThat(answer.body()).contains("\"id\":\"" + id + "\"").containsPattern("\"reference\":\"MSME-");
        Map<String, AttributeValue> item = stored(id);
        assertThat(item.get("form").s()).isEqualTo(form);
        assertThat(item.get("lang").s()).isEqualTo("fr");
        assertThat(item.get("receivedAt").s()).isEqualTo(SubmissionAttributes.timestamp(NOW));
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.plusSeconds(365L * 86400).getEpochSecond()));
        for (var entry : values.entrySet()) {
            AttributeValue value = item.get(entry.getKey());
            assertThat(value).as(entry.getKey()).isNotNull();
            List<String> kept = value.hasSs() ? value.ss() : List.of(value.bool() != null ? "yes"
                    : value.n() != null ? value.n() : value.s());
            assertThat(kept).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
    }

    @Test
    void a_plain_form_post_is_redirected_to_the_thank_you_page_of_its_language() {
        HttpAnswer answer = endpoint("hosting").handle(Requests.formPost("hosting", "de", Samples.hosting(TODAY)));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.headers().get("Location"))
                .matches("/de/interesse/aufnehmend/danke/\\?ref=MSME-[0-9A-Z]{4}-[0-9A-Z]{4}&outcome=needs-review");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_page_without_its_script_posts_empty_hidden_fields_and_is_stored() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put("submissionId", List.of(""));
        values.put(FormEndpoint.ELAPSED, List.of(""));
        values.put(FormEndpoint.HONEYPOT, List.of(""));

        HttpAnswer answer = endpoint("contact").handle(Requests.formPost("contact", "es", values));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_retried_submission_is_stored_once_and_gets_the_same_reference() {
        String id = UUID.randomUUID().toString();
        var request = Requests.json("sending", "es", id, Samples.sending(TODAY));

        HttpAnswer first = endpoint("sending").handle(request);
        HttpAnswer second = endpoint("sending").handle(request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_plain_form_posted_twice_is_stored_once() {
        var request = Requests.formPost("contact", "nl", Samples.contact());

        HttpAnswer first = endpoint("contact").handle(request);
        HttpAnswer second = endpoint("contact").handle(request);

        assertThat(second.headers().get("Location")).isEqualTo(first.headers().get("Location"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void the_same_id_with_other_content_is_refused() {
        String id = UUID.randomUUID().toString();
        Map<String, List<String>> changed = new LinkedHashMap<>(Samples.contact());
        changed.put("message", List.of("A different question about the programme dates."));

        endpoint("contact").handle(Requests.json("contact", "en", id, Samples.contact()));
        HttpAnswer answer = endpoint("contact").handle(Requests.json("contact", "en", id, changed));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(stored(id).get("message").s()).isEqualTo(Samples.contact().get("message").get(0));
    }

    @Test
    void invalid_input_gets_every_error_at_once_in_the_submitters_language() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put("email", List.of("not-an-address"));
        values.remove("name");
        values.put("message", List.of("short"));

        HttpAnswer answer = endpoint("contact").handle(Requests.json("contact", "es", null, values));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.headers()).containsEntry("Content-Type", "application/problem+json; charset=utf-8")
                .containsEntry("Content-Language", "es");
        assertThat(answer.body()).contains("\"field\":\"email\",\"code\":\"EMAIL_INVALID\"")
                .contains("\"field\":\"name\",\"code\":\"REQUIRED\"")
                .contains("\"field\":\"message\",\"code\":\"TOO_SHORT\"");
        assertThat(count()).isZero();
    }

    @Test
    void invalid_plain_post_gets_an_accessible_html_page_in_its_language() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put("email", List.of("<script>alert(1)</script>"));

        HttpAnswer answer = endpoint("contact").handle(Requests.formPost("contact", "fr", values));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.headers().get("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<html lang=\"fr\">").contains("role=\"alert\"")
                .contains("href=\"/fr/contact/\"").doesNotContain("<script>");
    }

    @Test
    void spam_gets_the_normal_answer_and_is_not_stored() {
        Map<String, List<String>> trapped = new LinkedHashMap<>(Samples.contact());
        trapped.put(FormEndpoint.HONEYPOT, List.of("Best deals"));
        Map<String, List<String>> hurried = new LinkedHashMap<>(Samples.contact());
        hurried.put(FormEndpoint.ELAPSED, List.of("1000"));

        HttpAnswer trap = endpoint("contact").handle(Requests.json("contact", "en", null, trapped));
        HttpAnswer fast = endpoint("contact").handle(Requests.formPost("contact", "en", hurried));

        assertThat(trap.status()).isEqualTo(201);
        assertThat(fast.status()).isEqualTo(303);
        assertThat(count()).isZero();
    }

    @Test
    void a_person_who_took_their_time_is_stored() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put(FormEndpoint.ELAPSED, List.of("60000"));

        assertThat(endpoint("contact").handle(Requests.formPost("contact", "en", values)).status()).isEqualTo(303);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void storage_down_gives_503_with_retry_after_and_never_a_success() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        FormEndpoint broken = new FormEndpoint(List.of(Forms.CONTACT), config, new SubmissionStore() {
            @Override
            public SaveResult save(Submission submission) {
                throw new StorageUnavailableException("down", null);
            }

            @Override
            public int participantsSent(String companyKey, String excludingId, int enough) {
                throw new StorageUnavailableException("down", null);
            }
        }, clock);

        HttpAnswer json = broken.handle(Requests.json("contact", "nl", UUID.randomUUID().toString(),
                Samples.contact()));
        HttpAnswer post = broken.handle(Requests.formPost("contact", "nl", Samples.contact()));

        assertThat(json.status()).isEqualTo(503);
        assertThat(json.headers()).containsEntry("Retry-After", "5");
        assertThat(json.body()).contains("STORAGE_UNAVAILABLE").doesNotContain("down");
        assertThat(post.status()).isEqualTo(503);
        assertThat(post.headers().get("Content-Type")).startsWith("text/html");
    }

    @Test
    void a_stopped_dynalite_gives_503_and_a_restarted_one_stores_the_retry(Dynalite ignored) throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("dynalite");
        try (Dynalite own = Dynalite.start(data)) {
            Config ownConfig = own.config("faults");
            DynamoDbClient ownClient = own.client();
            SubmissionTable.ensure(ownClient, "faults");
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            FormEndpoint endpoint = new FormEndpoint(List.of(Forms.CONTACT), ownConfig,
                    new DynamoDbSubmissionStore(ownClient, "faults", clock), clock);
            var request = Requests.json("contact", "en", UUID.randomUUID().toString(), Samples.contact());

            own.stop();
            HttpAnswer during = endpoint.handle(request);
            own.restart();
            HttpAnswer after = endpoint.handle(request);

            assertThat(during.status()).isEqualTo(503);
            assertThat(after.status()).isEqualTo(201);
            assertThat(ownClient.scan(b -> b.tableName("faults")).count()).isEqualTo(1);
        }
    }

    @Test
    void an_application_without_a_known_form_is_refused_with_a_field_error() {
        var values = new LinkedHashMap<>(Samples.contact());
        HttpAnswer answer = endpoint("sending").handle(Requests.raw("sending", Map.of(),
                Samples.json(values, java.util.Set.of()), false));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"form\",\"code\":\"FORM_UNKNOWN\"");
    }

    @Test
    void an_ineligible_application_is_stored_and_the_answer_says_so_honestly() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.sending(TODAY));
        values.put("country", List.of("GB"));
        values.put("vatNumber", List.of("GB123456789"));
        String id = UUID.randomUUID().toString();

        HttpAnswer answer = endpoint("sending").handle(Requests.json("sending", "en", id, values));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).contains("\"outcome\":\"ineligible\"").contains("COUNTRY_NOT_ELIGIBLE");
        assertThat(stored(id).get("eligibility").s()).isEqualTo("ineligible");
        assertThat(stored(id).get("eligibilityReasons").ss()).contains("COUNTRY_NOT_ELIGIBLE", "NO_OPEN_CALL");
    }

    @Test
    void a_company_sending_more_than_two_people_over_its_applications_needs_review() {
        Map<String, List<String>> two = new LinkedHashMap<>(Samples.sendingTwo(TODAY));
        Map<String, List<String>> one = new LinkedHashMap<>(Samples.sending(TODAY));
        one.put("vatNumber", List.of("B12345678"));   // the same company as ESB12345678, without the prefix
        one.put("legalName", List.of("Aceites del Sur, segunda solicitud"));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        HttpAnswer firstAnswer = endpoint("sending").handle(Requests.json("sending", "es", first, two));
        HttpAnswer firstAgain = endpoint("sending").handle(Requests.json("sending", "es", first, two));
        HttpAnswer secondAnswer = endpoint("sending").handle(Requests.json("sending", "es", second, one));
        HttpAnswer firstAfterSecond = endpoint("sending").handle(Requests.json("sending", "es", first, two));

        assertThat(firstAnswer.status()).isEqualTo(201);
        assertThat(firstAnswer.body()).doesNotContain("PARTICIPANT_LIMIT");
        assertThat(secondAnswer.status()).isEqualTo(201);
        assertThat(secondAnswer.body()).as("the applicant is never told about other applications")
                .doesNotContain("PARTICIPANT_LIMIT");
        assertThat(stored(second).get("eligibility").s()).isEqualTo("needs-review");
        assertThat(stored(second).get("eligibilityReasons").ss()).as("staff are").contains("PARTICIPANT_LIMIT");
        assertThat(stored(second).get(SubmissionAttributes.COMPANY_KEY).s()).isEqualTo("ESB12345678");
        assertThat(firstAgain.status()).as("a retry").isEqualTo(200);
        assertThat(firstAgain.body()).as("a retry does not count itself").doesNotContain("PARTICIPANT_LIMIT");
        assertThat(firstAfterSecond.body()).as("a retry is answered with the assessment on record")
                .isEqualTo(firstAgain.body());
    }

    @Test
    void hosting_applications_are_not_counted_as_participants() {
        for (int i = 0; i < 3; i++) {
            Map<String, List<String>> values = new LinkedHashMap<>(Samples.hosting(TODAY));
            values.put("legalName", List.of("Brussels Host " + i));
            String id = UUID.randomUUID().toString();

            assertThat(endpoint("hosting").handle(Requests.json("hosting", "fr", id, values)).body())
                    .doesNotContain("PARTICIPANT_LIMIT");
            assertThat(stored(id)).doesNotContainKey(SubmissionAttributes.COMPANY_KEY);
        }
    }
}
