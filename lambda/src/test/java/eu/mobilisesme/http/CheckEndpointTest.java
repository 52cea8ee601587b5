package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import eu.mobilisesme.check.EligibilityCheck;
import eu.mobilisesme.config.CheckConfig;
import eu.mobilisesme.config.Config;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/check} over HTTP: both body kinds, both answer kinds, refusals, and that nothing can be kept. */
class CheckEndpointTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final String SECRET = "s".repeat(40);
    static final CheckConfig CONFIG = new CheckConfig(Set.of(Requests.ORIGIN), Optional.empty(), Optional.empty());

    static CheckEndpoint endpoint(CheckConfig config) {
        return new CheckEndpoint(config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Map<String, List<String>> sends(String lang) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("lang", List.of(lang));
        v.put("side", List.of("send"));
        v.put("country", List.of("ES"));
        v.put("legalForm", List.of("company"));
        v.put("headcount", List.of("300"));
        v.put("smeThresholds", List.of("yes"));
        v.put("durationMonths", List.of("8"));
        v.put("experienceYears", List.of("8"));
        return v;
    }

    static HttpRequest post(String contentType, String body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("content-type", contentType, "origin",
                Requests.ORIGIN));
        headers.putAll(extra);
        return new HttpRequest("POST", "/api/check", headers, body, false);
    }

    static HttpRequest form(Map<String, List<String>> values) {
        return post("application/x-www-form-urlencoded", Samples.urlEncoded(values), Map.of());
    }

    static HttpRequest json(Map<String, List<String>> values) {
        return post("application/json", Samples.json(values, Set.of()), Map.of());
    }

    @Test
    void a_script_gets_the_outcome_reasons_and_the_form_link_as_json() {
        HttpAnswer answer = endpoint(CONFIG).handle(json(sends("en")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Content-Language", "en").containsEntry("Cache-Control", "no-store");
        assertThat(answer.body()).contains("\"outcome\":\"ineligible\"", "\"code\":\"LARGE_COMPANY_CANNOT_SEND\"",
                "\"code\":\"DURATION_TOO_LONG\"", "\"code\":\"NO_OPEN_CALL\"",
                "Secondments last at most 6 months.",
                "you can still send an expression of interest, and the contact point will tell you if one opens.",
                "\"formPage\":\"/en/interest/sending/?country=ES&legalForm=company&headcount=300&smeThresholds=yes"
                        + "&durationMonths=8&p1ExperienceYears=8\"",
                "\"answers\":{\"country\":[\"ES\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "nl", "de", "en"})
    void a_plain_post_gets_a_page_in_its_language_with_reasons_in_words_and_the_form_with_the_answers(String lang) {
        HttpAnswer answer = endpoint(CONFIG).handle(form(sends(lang)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("Content-Type")).isEqualTo("text/html; charset=utf-8");
        eu.mobilisesme.forms.Messages messages = eu.mobilisesme.forms.Messages.of(lang);
        assertThat(answer.body()).contains("<html lang=\"" + lang + "\">",
                Html.escape(messages.get("check.result.title")),
                Html.escape(messages.get("check.outcome.ineligible")),
                Html.escape(messages.get("eligibility.LARGE_COMPANY_CANNOT_SEND")),
                Html.escape(messages.get("check.result.send")),
                "href=\"" + eu.mobilisesme.forms.SitePaths.formPage("sending", lang) + "?country=ES&amp;legalForm=",
                "href=\"" + eu.mobilisesme.forms.SitePaths.whoCanParticipate(lang) + "\"");
    }

    @Test
    void a_host_is_led_to_the_hosting_form() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("lang", List.of("de"));
        v.put("side", List.of("host"));
        v.put("country", List.of("BE"));
        v.put("legalForm", List.of("company"));
        v.put("experienceYears", List.of("12"));
        v.put("activeDaily", List.of("no"));

        HttpAnswer answer = endpoint(CONFIG).handle(json(v));

        assertThat(answer.body()).contains("\"outcome\":\"ineligible\"", "\"code\":\"HOST_NOT_ACTIVE\"",
                "\"formPage\":\"/de/interesse/aufnehmend/?country=BE&legalForm=company&activityYears=12"
                        + "&activeDaily=no\"");
    }

    @Test
    void missing_or_wrong_answers_are_a_422_naming_each_question_in_the_visitors_language() {
        Map<String, List<String>> v = sends("fr");
        v.remove("country");
        v.put("durationMonths", List.of("99"));

        HttpAnswer script = endpoint(CONFIG).handle(json(v));
        HttpAnswer page = endpoint(CONFIG).handle(form(v));

        assertThat(script.status()).isEqualTo(422);
        assertThat(script.body()).contains("\"field\":\"country\"", "\"code\":\"REQUIRED\"",
                "\"field\":\"durationMonths\"", "\"code\":\"NUMBER_TOO_LARGE\"",
                "Pays d'établissement de votre entreprise");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("<html lang=\"fr\">", "Pays d&#39;établissement de votre entreprise");
    }

    @Test
    void unreadable_or_unwelcome_requests_get_a_clear_4xx_and_never_a_5xx() {
        CheckEndpoint endpoint = endpoint(CONFIG);
        assertThat(endpoint.handle(new HttpRequest("GET", "/api/check", Map.of(), null, false)).status())
                .isEqualTo(405);
        assertThat(endpoint.handle(post("text/plain", "side=send", Map.of())).status()).isEqualTo(415);
        assertThat(endpoint.handle(post("application/json", "{\"side\":", Map.of())).status()).isEqualTo(400);
        assertThat(endpoint.handle(post("application/json", "{\"side\":{\"a\":1}}", Map.of())).status())
                .isEqualTo(422);
        assertThat(endpoint.handle(post("application/x-www-form-urlencoded", "side=%zz", Map.of())).status())
                .isEqualTo(400);
        assertThat(endpoint.handle(post("application/json", "{\"surprise\":\"x\"}", Map.of())).status())
                .isEqualTo(422);
        assertThat(endpoint.handle(post("application/json", "x".repeat(70_000), Map.of())).status())
                .isEqualTo(413);
        assertThat(endpoint.handle(post("application/json", Samples.json(sends("en"), Set.of()),
                Map.of("origin", "https://evil.example"))).status()).isEqualTo(403);
    }

    @Test
    void a_failure_nobody_foresaw_is_a_400_without_detail_never_a_5xx() {
        Clock broken = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("no time today");
            }
        };
        CheckEndpoint endpoint = new CheckEndpoint(CONFIG, broken);

        HttpAnswer script = endpoint.handle(json(sends("es")));
        HttpAnswer page = endpoint.handle(form(sends("es")));

        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).contains("REQUEST_NOT_PROCESSED").doesNotContain("no time today");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"es\">");
    }

    @Test
    void with_an_origin_secret_only_requests_through_the_distribution_are_answered() {
        CheckEndpoint endpoint = endpoint(new CheckConfig(Set.of(Requests.ORIGIN), Optional.empty(),
                Optional.of(SECRET)));
        String body = Samples.json(sends("en"), Set.of());

        assertThat(endpoint.handle(post("application/json", body, Map.of())).status()).isEqualTo(403);
        assertThat(endpoint.handle(post("application/json", body, Map.of(Config.ORIGIN_SECRET_HEADER, SECRET)))
                .status()).isEqualTo(200);
    }

    @Test
    void the_function_starts_without_any_table_setting_and_answers() {
        CheckConfig config = CheckConfig.from(Map.of("ALLOWED_ORIGINS", Requests.ORIGIN));
        CheckHandler handler = new CheckHandler(config, Clock.fixed(NOW, ZoneOffset.UTC));
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                .withPath("/api/check").build()).build())
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(Samples.json(sends("nl"), Set.of())).build();

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"outcome\":\"ineligible\"", "/nl/interesse/uitzendend/?");
    }

    @Test
    void no_store_or_aws_client_is_constructed_or_wired_anywhere_in_the_check() throws IllegalAccessException {
        CheckHandler handler = new CheckHandler(CONFIG, Clock.systemUTC());
        handler.beforeCheckpoint(null);

        // Everything the handler holds, followed field by field: no store, no table client, no AWS SDK client.
        List<Object> reachable = reachable(handler);
        assertThat(reachable).isNotEmpty().noneMatch(o -> o instanceof eu.mobilisesme.submission.SubmissionStore
                || o instanceof software.amazon.awssdk.core.SdkClient
                || o instanceof eu.mobilisesme.config.Dependencies || o instanceof Config);
        for (Class<?> type : List.of(CheckHandler.class, CheckEndpoint.class, EligibilityCheck.class,
                CheckConfig.class, CheckAnswers.class)) {
            for (Field field : type.getDeclaredFields()) {
                assertThat(field.getType().getName()).as(type.getSimpleName() + "." + field.getName())
                        .doesNotStartWith("eu.mobilisesme.submission").doesNotStartWith("software.amazon.awssdk")
                        .isNotEqualTo(eu.mobilisesme.config.Dependencies.class.getName());
            }
            for (var constructor : type.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    assertThat(parameter.getName()).as(type.getSimpleName() + " constructor")
                            .doesNotStartWith("eu.mobilisesme.submission").doesNotStartWith("software.amazon");
                }
            }
        }
    }

    /** The objects reachable from {@code root} through its non-static fields, within this project's classes. */
    private static List<Object> reachable(Object root) throws IllegalAccessException {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Object next = todo.remove(todo.size() - 1);
            if (next == null || seen.put(next, true) != null) {
                continue;
            }
            if (!next.getClass().getName().startsWith("eu.mobilisesme")) {
                continue;
            }
            for (Class<?> type = next.getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    field.setAccessible(true);
                    todo.add(field.get(next));
                }
            }
        }
        return new ArrayList<>(seen.keySet());
    }
}
