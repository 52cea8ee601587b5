package eu.mobilisesme.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.testing.InMemorySubmissionStore;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Property: random mutations of valid submissions, in their values, their bytes and their headers, never get a
 * 5xx or internal detail, and nothing is stored that the validator would refuse. Seeded, so a failure names the
 * seed and the case that reproduces it.
 */
class MutatedBodiesTest {

    static final long SEED = 20261127L;
    static final int CASES = 3_000;
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Characters that break parsers, validators and normalisers, alone or in runs. */
    static final List<String> NASTY = List.of("\"", "\\", "{", "}", "[", "]", ":", ",", "&", "=", "%", "%2", "%ZZ",
            "+", "\u0000", "\u001B", "\r\n", "\u0301", "\u0301".repeat(40), "\u3164", "\u2800", "\u200B", "\u202E",
            "\uFFFD", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFEFF", "'", "<script>", "=SUM(1)", "9".repeat(30),
            "-1", "1e999", "null", "true", "2026-02-30", "x".repeat(6_000), " ", "\t");
    static final List<String> META = List.of("lang", "form", "submissionId", FormEndpoint.ELAPSED,
            FormEndpoint.HONEYPOT, "loadedAt", "companyMotto");
    static final List<String> ACCEPT_LANGUAGE = List.of("-", "en,-", "--", "*", "fr-CH, fr;q=0.9", ";;",
            "x".repeat(600), "de;q=abc", "es-419", "");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-www-form-urlencoded", ";",
            "application/json; charset=utf-8", "application/json;charset", "text/plain", "application/json;;;",
            "=", "application/x-www-form-urlencoded; charset=\"UTF-8\"");

    final Random random = new Random(SEED);

    @Test
    void mutated_submissions_never_get_a_5xx_and_only_valid_ones_are_stored() {
        InMemorySubmissionStore store = new InMemorySubmissionStore();
        Config config = IntakeFindingsTest.config();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Map<String, FormEndpoint> endpoints = Map.of(
                "/api/apply", new FormEndpoint(Forms.applicationForms(), config, store, clock),
                "/api/contact", new FormEndpoint(List.of(Forms.CONTACT), config, store, clock));
        Set<String> checked = new HashSet<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int n = 0; n < CASES; n++) {
            HttpRequest request = mutated();
            HttpAnswer answer = endpoints.get(request.path()).handle(request);
            String name = "seed " + SEED + ", case " + n + ": " + abbreviate(request.body());

            statuses.merge(answer.status(), 1, Integer::sum);
            assertThat(answer.status()).as(name).isBetween(200, 499);
            assertThat(answer.body()).as(name).doesNotContainIgnoringCase("exception")
                    .doesNotContain("eu.mobilisesme", "java.", "\tat ");
            for (Submission stored : store.all()) {
                if (checked.add(stored.id())) {
                    assertThat(answer.status()).as(name + " stored, so answered as a success").isIn(201, 303);
                    FormDefinition form = Forms.byId(stored.form()).orElseThrow();
                    assertThat(FormValidator.validate(form, stored.values(), TODAY).errors()).as(name).isEmpty();
                    assertThat(eu.mobilisesme.submission.SubmissionItemMapper.toItem(stored)).as(name).isNotEmpty();
                }
            }
        }
        // The mutations must reach every kind of answer, or the property proves little.
        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).contains(201, 303, 400, 415, 422);
        assertThat(store.count()).as("some mutations stay valid and are stored").isPositive();
    }

    private HttpRequest mutated() {
        String form = pick(List.of(Forms.SENDING, Forms.HOSTING, Forms.CONTACT));
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of(form, TODAY));
        int valueMutations = random.nextInt(3);
        for (int i = 0; i < valueMutations; i++) {
            mutateValues(form, values);
        }
        boolean json = random.nextBoolean();
        HttpRequest request = json ? Requests.json(form, pick(List.of("en", "fr", "de", "xx")),
                random.nextInt(4) == 0 ? null : UUID.randomUUID().toString(), values)
                : Requests.formPost(form, pick(List.of("es", "nl", "")), values);
        String body = request.body();
        int byteMutations = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < byteMutations; i++) {
            body = mutateText(body);
        }
        Map<String, String> headers = new HashMap<>(request.headers());
        if (random.nextInt(5) == 0) {
            headers.put("accept-language", pick(ACCEPT_LANGUAGE));
        }
        if (random.nextInt(8) == 0) {
            headers.put("content-type", pick(CONTENT_TYPES));
        }
        String method = random.nextInt(30) == 0 ? pick(List.of("GET", "PUT", "")) : "POST";
        return new HttpRequest(method, request.path(), headers, body, false);
    }

    private void mutateValues(String form, Map<String, List<String>> values) {
        List<String> names = new ArrayList<>(values.keySet());
        String field = pick(names);
        switch (random.nextInt(7)) {
            case 0 -> values.remove(field);
            case 1 -> values.put(field, List.of(pick(NASTY)));
            case 2 -> values.put(field, List.of(values.get(field).get(0) + pick(NASTY)));
            case 3 -> values.put(pick(META), List.of(pick(List.of("", "1000", "99999", "blue", "en", "sending",
                    UUID.randomUUID().toString(), pick(NASTY)))));
            case 4 -> values.put("unknown" + pick(NASTY), List.of("x"));
            case 5 -> {
                List<String> twice = new ArrayList<>(values.get(field));
                twice.add(twice.get(0));
                values.put(field, twice);
            }
            default -> values.put(field, List.of(pick(NASTY).repeat(1 + random.nextInt(50))));
        }
    }

    private String mutateText(String body) {
        if (body.isEmpty()) {
            return pick(NASTY);
        }
        int at = random.nextInt(body.length());
        return switch (random.nextInt(5)) {
            case 0 -> body.substring(0, at) + body.substring(at + 1);
            case 1 -> body.substring(0, at) + pick(NASTY) + body.substring(at);
            case 2 -> body.substring(0, at);
            case 3 -> body.substring(0, at) + body.substring(at, Math.min(body.length(), at + 40)).repeat(3)
                    + body.substring(at);
            default -> body.substring(0, at) + (char) random.nextInt(0x3000) + body.substring(at + 1);
        };
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
