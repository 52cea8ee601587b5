package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionStore;
import eu.mobilisesme.testing.InMemorySubmissionStore;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile tester found in the intake path, one finding per test, over the in-memory store so they run
 * without a DynamoDB engine (the same paths against dynalite are in {@link FormEndpointTest}).
 */
class IntakeFindingsTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret-42";

    final InMemorySubmissionStore store = new InMemorySubmissionStore();

    static Config config(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(Config.TABLE_NAME, "submissions",
                Config.ALLOWED_ORIGINS, Requests.ORIGIN, Config.RETENTION_DAYS, "365", Config.AWS_REGION, "eu-west-1"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return Config.from(env);
    }

    FormEndpoint endpoint(String form) {
        return endpoint(form, config(), store);
    }

    static FormEndpoint endpoint(String form, Config config, SubmissionStore store) {
        List<String> forms = form.equals(Forms.CONTACT) ? List.of(Forms.CONTACT) : Forms.applicationForms();
        return new FormEndpoint(forms, config, store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static HttpRequest withHeader(HttpRequest request, String name, String value) {
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.put(name, value);
        return new HttpRequest(request.method(), request.path(), headers, request.body(), request.base64());
    }

    static HttpRequest contactJson(Map<String, List<String>> values) {
        return Requests.json("contact", "en", UUID.randomUUID().toString(), values);
    }

    static Map<String, List<String>> contactWith(String field, String value) {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put(field, List.of(value));
        return values;
    }

    // 1. Headers that broke the endpoint before any check ran

    @ParameterizedTest
    @ValueSource(strings = {"-", "en,-", "--", "-;q=0.5", "de,--;q=0.1", "*-", "en-"})
    void a_malformed_accept_language_matches_no_language_and_the_post_is_taken(String header) {
        HttpRequest request = withHeader(Requests.formPost("contact", "fr", Samples.contact()), "accept-language",
                header);

        HttpAnswer answer = endpoint("contact").handle(request);

        assertThat(answer.status()).isEqualTo(303);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void a_malformed_accept_language_does_not_stop_the_method_check_nor_choose_a_language() {
        HttpRequest get = new HttpRequest("GET", "/api/contact", Map.of("accept-language", "-",
                "accept", "application/json"), null, false);

        HttpAnswer answer = endpoint("contact").handle(get);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.headers()).containsEntry("Content-Language", "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;", " ; ", ";charset=utf-8", "=;="})
    void a_content_type_of_only_separators_is_unsupported(String contentType) {
        HttpRequest request = withHeader(contactJson(Samples.contact()), "content-type", contentType);

        assertThat(endpoint("contact").handle(request).status()).isEqualTo(415);
    }

    @Test
    void a_failure_nobody_foresaw_is_a_generic_client_answer_without_detail() {
        SubmissionStore bug = new SubmissionStore() {
            @Override
            public SaveResult save(Submission submission) {
                throw new IllegalStateException("eu.mobilisesme secret detail at line 42");
            }

            @Override
            public int participantsSent(String companyKey, String excludingId, int enough) {
                throw new NullPointerException("no company");
            }
        };

        HttpAnswer json = endpoint("contact", config(), bug).handle(contactJson(Samples.contact()));
        HttpAnswer post = endpoint("sending", config(), bug)
                .handle(Requests.formPost("sending", "de", Samples.sending(TODAY)));

        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("REQUEST_NOT_PROCESSED").doesNotContain("secret", "eu.mobilisesme",
                "Exception", "42");
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.headers().get("Content-Type")).startsWith("text/html");
        assertThat(post.body()).contains("lang=\"de\"").doesNotContain("company", "Exception");
    }

    @Test
    void a_malformed_event_through_the_handler_gets_an_answer_not_a_crash() {
        var handler = new ContactHandler(new eu.mobilisesme.config.Dependencies(config(), store,
                Clock.fixed(NOW, ZoneOffset.UTC)));
        var event = new com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent();

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(405);
        assertThat(handler.handleRequest(null, null).getStatusCode()).isEqualTo(400);
    }

    // 2. Normalising is bounded before it starts

    @Test
    void a_long_run_of_combining_marks_is_refused_with_its_own_code() {
        HttpAnswer answer = endpoint("contact").handle(contactJson(contactWith("name",
                "a" + "\u0301".repeat(31))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"name\",\"code\":\"TOO_MANY_COMBINING_MARKS\"");
    }

    @Test
    void thirty_combining_marks_on_a_letter_are_still_text() {
        HttpAnswer answer = endpoint("contact").handle(contactJson(contactWith("name", "Ana" + "\u0301".repeat(30))));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void a_value_far_over_its_limit_is_too_long_whatever_it_holds() {
        String body = "{\"name\":\"" + "a\u0301".repeat(16_000) + "\"}";
        HttpAnswer answer = endpoint("contact").handle(Requests.raw("contact", Map.of(), body, false));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"name\",\"code\":\"TOO_LONG\"");
    }

    @Test
    void a_choice_of_marks_filling_the_body_is_an_invalid_option() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.sending(TODAY));
        values.put("goals", List.of("innovation", "\u0301".repeat(20_000)));

        HttpAnswer answer = endpoint("sending").handle(Requests.json("sending", "en", null, values));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"goals\",\"code\":\"OPTION_INVALID\"");
    }

    // 3. Rule 12 reveals nothing

    @Test
    void the_answer_is_the_same_whether_or_not_the_company_applied_before() {
        String id = UUID.randomUUID().toString();
        HttpRequest application = Requests.json("sending", "es", id, Samples.sendingTwo(TODAY));
        InMemorySubmissionStore probed = new InMemorySubmissionStore();
        Map<String, List<String>> probe = new LinkedHashMap<>(Samples.sendingTwo(TODAY));
        probe.put("legalName", List.of("Someone else entirely"));
        endpoint("sending", config(), probed).handle(Requests.json("sending", "en", UUID.randomUUID().toString(),
                probe));

        HttpAnswer alone = endpoint("sending", config(), new InMemorySubmissionStore()).handle(application);
        HttpAnswer afterProbe = endpoint("sending", config(), probed).handle(application);
        HttpAnswer plainAlone = endpoint("sending", config(), new InMemorySubmissionStore())
                .handle(Requests.formPost("sending", "es", Samples.sendingTwo(TODAY)));
        HttpAnswer plainAfterProbe = endpoint("sending", config(), probed)
                .handle(Requests.formPost("sending", "es", Samples.sendingTwo(TODAY)));

        assertThat(afterProbe.status()).isEqualTo(alone.status()).isEqualTo(201);
        assertThat(afterProbe.body()).isEqualTo(alone.body()).doesNotContain("PARTICIPANT_LIMIT");
        assertThat(plainAfterProbe.headers().get("Location")).isEqualTo(plainAlone.headers().get("Location"));
        assertThat(probed.all()).filteredOn(s -> s.id().equals(id)).singleElement()
                .satisfies(s -> assertThat(s.eligibility().orElseThrow().reasons()).as("staff still see it")
                        .contains(eu.mobilisesme.forms.eligibility.Reason.PARTICIPANT_LIMIT));
    }

    // 4. Only through the distribution

    @Test
    void with_an_origin_secret_set_only_requests_carrying_it_are_taken() {
        FormEndpoint guarded = endpoint("contact", config(Config.ORIGIN_SECRET, SECRET), store);
        HttpRequest request = contactJson(Samples.contact());

        HttpAnswer direct = guarded.handle(request);
        HttpAnswer wrong = guarded.handle(withHeader(request, Config.ORIGIN_SECRET_HEADER, SECRET + "x"));
        HttpAnswer prefix = guarded.handle(withHeader(request, Config.ORIGIN_SECRET_HEADER, SECRET.substring(0, 10)));
        HttpAnswer through = guarded.handle(withHeader(request, Config.ORIGIN_SECRET_HEADER, SECRET));

        assertThat(direct.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(prefix.status()).isEqualTo(403);
        assertThat(direct.body()).doesNotContain(SECRET.substring(0, 6));
        assertThat(through.status()).isEqualTo(201);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void priming_carries_the_origin_secret_so_it_still_runs_the_whole_path() {
        var handler = new ApplyHandler(new eu.mobilisesme.config.Dependencies(config(Config.ORIGIN_SECRET, SECRET),
                store, Clock.fixed(NOW, ZoneOffset.UTC)));
        java.io.PrintStream stdout = System.out;
        var log = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            handler.beforeCheckpoint(null);
        } finally {
            System.setOut(stdout);
        }

        assertThat(log.toString(StandardCharsets.UTF_8)).contains("\"status\":\"422\"").doesNotContain("403");
        assertThat(store.count()).isZero();
    }

    @Test
    void without_an_origin_secret_the_check_is_off_as_in_the_preview() {
        assertThat(endpoint("contact").handle(contactJson(Samples.contact())).status()).isEqualTo(201);
    }

    // 5. Spam traps that never catch a person, and decoys nobody can tell apart

    @Test
    void the_honeypot_name_matches_no_autofill_rule() {
        assertThat(FormEndpoint.HONEYPOT.toLowerCase(Locale.ROOT)).doesNotContain("company", "name", "email",
                "mail", "address", "tel", "phone", "url", "org", "web", "site", "zip", "postal", "city", "country");
    }

    @Test
    void a_bot_gets_exactly_the_answer_a_person_with_the_same_input_gets() {
        for (String form : List.of("sending", "hosting", "contact")) {
            String id = UUID.randomUUID().toString();
            Map<String, List<String>> values = Samples.of(form, TODAY);
            Map<String, List<String>> trapped = new LinkedHashMap<>(values);
            trapped.put(FormEndpoint.HONEYPOT, List.of("blue"));
            Map<String, List<String>> hurried = new LinkedHashMap<>(values);
            hurried.put(FormEndpoint.ELAPSED, List.of("900"));

            HttpAnswer person = endpoint(form, config(), new InMemorySubmissionStore())
                    .handle(Requests.json(form, "nl", id, values));
            HttpAnswer bot = endpoint(form).handle(Requests.json(form, "nl", id, trapped));
            HttpAnswer fast = endpoint(form).handle(Requests.json(form, "nl", id, hurried));

            assertThat(bot.status()).as(form).isEqualTo(person.status()).isEqualTo(201);
            assertThat(bot.body()).as(form).isEqualTo(person.body());
            assertThat(bot.headers()).as(form).isEqualTo(person.headers());
            assertThat(fast.body()).as(form).isEqualTo(person.body());
        }
        assertThat(store.count()).isZero();
    }

    @Test
    void time_on_the_page_counts_not_the_clocks_so_a_slow_person_and_a_resubmission_are_taken() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put(FormEndpoint.ELAPSED, List.of("45000"));
        Map<String, List<String>> noScript = new LinkedHashMap<>(Samples.contact());
        noScript.put("message", List.of("A second question, sent again after the error page told me so."));
        noScript.put(FormEndpoint.ELAPSED, List.of(""));
        noScript.put(FormEndpoint.HONEYPOT, List.of(""));

        assertThat(endpoint("contact").handle(contactJson(values)).status()).isEqualTo(201);
        assertThat(endpoint("contact").handle(Requests.formPost("contact", "en", noScript)).status()).isEqualTo(303);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void a_page_baked_before_the_new_traps_still_posts() {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put("loadedAt", List.of(Long.toString(NOW.toEpochMilli() + 3_600_000)));   // a fast clock
        values.put("companyMotto", List.of("De Vries BV"));                             // autofilled

        assertThat(endpoint("contact").handle(Requests.formPost("contact", "en", values)).status()).isEqualTo(303);
        assertThat(store.count()).isEqualTo(1);
    }

    // 6. Text that shows as nothing, lost bytes, echoed keys

    @ParameterizedTest
    @ValueSource(strings = {"\u3164", "\u115F\u1160", "\uFFA0\uFFA0", "\u2800", "\u0301\u0302", "\u3164 \u2800"})
    void a_required_name_that_shows_as_nothing_is_missing(String invisible) {
        HttpAnswer answer = endpoint("contact").handle(contactJson(contactWith("name", invisible)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"name\",\"code\":\"REQUIRED\"");
        assertThat(store.count()).isZero();
    }

    @Test
    void a_required_message_of_zero_width_characters_is_missing() {
        HttpAnswer answer = endpoint("contact").handle(contactJson(contactWith("message",
                "\u200B\u200C\u200D\u2060".repeat(10))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"message\",\"code\":\"REQUIRED\"");
    }

    @Test
    void a_json_body_whose_bytes_were_not_utf8_is_refused_not_stored_with_replacement_characters() {
        // API Gateway hands a text body over as a string, with U+FFFD where the bytes were not UTF-8.
        String body = Samples.json(contactWith("name", "Jos\uFFFD"), java.util.Set.of());
        byte[] latin1 = Samples.json(contactWith("name", "José"), java.util.Set.of())
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpAnswer asText = endpoint("contact").handle(Requests.raw("contact", Map.of(), body, false));
        HttpAnswer asDecoded = endpoint("contact").handle(Requests.raw("contact", Map.of(),
                new String(latin1, StandardCharsets.UTF_8), false));
        HttpAnswer escaped = endpoint("contact").handle(Requests.raw("contact", Map.of(),
                Samples.json(Samples.contact(), java.util.Set.of()).replace("Jan", "Jan\\ufffd"), false));

        assertThat(asText.status()).isEqualTo(400);
        assertThat(asDecoded.status()).isEqualTo(400);
        assertThat(escaped.status()).isEqualTo(422);
        assertThat(escaped.body()).contains("\"field\":\"name\",\"code\":\"INVALID_CHARACTERS\"");
        assertThat(store.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "[[1]]", "[{\"x\":1}]", "12", "true"})
    void unknown_json_keys_are_never_named_back(String value) {
        String key = "injected<b>Key" + value.length();
        String valid = Samples.json(Samples.contact(), java.util.Set.of());
        String body = valid.substring(0, valid.length() - 1) + "," + Samples.quote(key) + ":" + value + "}";

        HttpAnswer answer = endpoint("contact").handle(Requests.raw("contact", Map.of(), body, false));
        HttpAnswer page = endpoint("contact").handle(Requests.raw("contact", Map.of("accept", "text/html",
                "content-type", "application/json"), body, false));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("UNKNOWN_FIELD").doesNotContain("injected", "Key");
        assertThat(page.body()).doesNotContain("injected");
    }
}
