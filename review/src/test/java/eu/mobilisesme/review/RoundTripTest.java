package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.EligibilityRules;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.http.FormEndpoint;
import eu.mobilisesme.http.HttpAnswer;
import eu.mobilisesme.http.HttpRequest;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import eu.mobilisesme.submission.DynamoDbSubmissionStore;
import eu.mobilisesme.submission.References;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import eu.mobilisesme.testing.Samples;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Submissions go in through the backend's form endpoint (the handlers' pure core, with a fixed clock) into
 * dynalite, come out through {@code sheets --table --endpoint}, and every cell must be what the submitted data and
 * the labels say, worked out here independently of the tool's renderer.
 *
 * <p>The endpoint needs the form texts of the submitter's language; where a language has none yet (only English
 * exists today), that submission is saved through the backend's real store and item mapper instead.
 */
@ExtendWith(DynaliteExtension.class)
class RoundTripTest {

    static final Instant START = Instant.parse("2026-03-02T09:15:30.250Z");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Items.BRUSSELS);
    static final ResourceBundle REVIEW_EN = ResourceBundle.getBundle("eu.mobilisesme.review.review", Locale.ENGLISH);
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @TempDir
    Path out;

    /** What went in: enough to work out every cell. */
    record Sent(String form, String lang, Instant at, Map<String, List<String>> values, String id, boolean script) {
    }

    final List<Sent> sent = new ArrayList<>();
    Config config;
    DynamoDbClient client;

    @Test
    void every_cell_of_the_live_table_export_matches_what_was_submitted(Dynalite dynalite, DynamoDbClient client) {
        String table = "round-trip-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        this.config = dynalite.config(table);
        this.client = client;

        submit("sending", "en", true, v -> {
            v.put("goals", List.of("customers", "innovation", "market-research"));
            v.put("legalName", List.of("=SUM(1+1)"));
            v.put("p1Role", List.of("owner"));
        });
        submit("sending", "es", true, v -> v.put("legalName", List.of("Cooperativa Olivarera Ñandú")));
        submit("hosting", "en", false, v -> v.put("workingLanguages", List.of("nl", "fr", "en")));
        submit("hosting", "fr", true, v -> {
            v.put("legalName", List.of("Atelier Bézier & Fils"));
            v.put("activityYears", List.of("2"));
        });
        submit("contact", "en", true, v -> v.put("name", List.of("Zoë O'Brien")));
        submit("contact", "de", false, v -> v.put("message", List.of("Grüße aus Köln: 東京 🚀 شكرا — fine?")));
        submit("contact", "nl", true, v -> v.remove("organisation"));

        Cli.Result result = new Cli().clock(START.plusSeconds(3600)).run("sheets", "--table", table, "--endpoint",
                dynalite.endpoint().toString(), "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<Sheets.Named> workbook = Sheets.xlsx(out.resolve("submissions.xlsx"));
        for (FormDefinition form : Forms.all()) {
            List<List<String>> expected = expectedRows(form);
            List<List<String>> csv = Sheets.csv(out.resolve(form.id() + ".csv"), ',');
            List<List<String>> xlsx = workbook.get(Forms.all().indexOf(form)).rows();
            assertThat(csv.get(0)).isEqualTo(xlsx.get(0)).hasSize(columns(form));
            assertThat(expected).as(form.id()).isNotEmpty();
            assertThat(csv.subList(1, csv.size())).as(form.id() + ".csv")
                    .isEqualTo(expected.stream().map(r -> r.stream().map(RoundTripTest::guarded).toList()).toList());
            assertThat(xlsx.subList(1, xlsx.size())).as(form.id() + " sheet").isEqualTo(expected);
        }
        assertThat(sent).extracting(Sent::lang).contains("en", "es", "fr", "de", "nl");
    }

    private void submit(String form, String lang, boolean script,
                        java.util.function.Consumer<Map<String, List<String>>> change) {
        Instant at = START.plusSeconds(600L * sent.size());
        LocalDate today = LocalDate.ofInstant(at, Items.BRUSSELS);
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of(form, today));
        change.accept(values);
        String id = formTextsExist(lang) ? post(form, lang, script, values, at) : save(form, lang, values, at);
        sent.add(new Sent(form, lang, at, values, id, script || !formTextsExist(lang)));
    }

    private String post(String form, String lang, boolean script, Map<String, List<String>> values, Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        FormEndpoint endpoint = new FormEndpoint(form.equals("contact") ? List.of("contact")
                : Forms.applicationForms(), config, new DynamoDbSubmissionStore(client, config.tableName(), clock),
                clock);
        Map<String, List<String>> body = new LinkedHashMap<>(values);
        body.put("lang", List.of(lang));
        body.put("form", List.of(form));
        String id = UUID.nameUUIDFromBytes((form + lang + at).getBytes()).toString();
        body.put("submissionId", List.of(id));
        HttpAnswer answer = endpoint.handle(new HttpRequest("POST", form.equals("contact") ? "/api/contact"
                : "/api/apply", Map.of("Content-Type", script ? "application/json" : "application/x-www-form-urlencoded"),
                script ? Samples.json(body, multiValued(form)) : Samples.urlEncoded(body), false));
        assertThat(answer.status()).as(answer.body()).isIn(201, 303);
        if (script) {
            Matcher matcher = ID.matcher(answer.body());
            assertThat(matcher.find()).isTrue();
            assertThat(matcher.group(1)).isEqualTo(id);
        }
        return id;
    }

    /** The backend's own store and mapper, for a language whose form texts do not exist yet. */
    private String save(String form, String lang, Map<String, List<String>> values, Instant at) {
        Submission submission = Items.submission(form, form + lang + at, lang, at, v -> {
            v.clear();
            v.putAll(values);
        });
        assertThat(new DynamoDbSubmissionStore(client, config.tableName(), Clock.fixed(at, ZoneOffset.UTC))
                .save(submission).kind()).isEqualTo(SaveResult.Kind.STORED);
        return submission.id();
    }

    private static boolean formTextsExist(String lang) {
        try {
            Messages.of(lang);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    static Set<String> multiValued(String form) {
        return Forms.byId(form).orElseThrow().fields().stream().filter(f -> f.type() == FieldType.CHECKBOXES)
                .map(Field::name).collect(Collectors.toSet());
    }

    /** Data rows in order of time received, cells in column order, as XLSX shows them. */
    private List<List<String>> expectedRows(FormDefinition form) {
        return sent.stream().filter(s -> s.form().equals(form.id())).sorted(Comparator.comparing(Sent::at))
                .map(s -> expectedRow(form, s)).toList();
    }

    /** Reference, received, language (and outcome, reasons), the fields, then five technical columns and extra. */
    private static int columns(FormDefinition form) {
        boolean assessed = Forms.applicationForms().contains(form.id());
        return (assessed ? 5 : 3) + 3 + form.fields().size() + Forms.retiredFields(form.id()).size() + 6;
    }

    private List<String> expectedRow(FormDefinition form, Sent s) {
        LocalDate today = LocalDate.ofInstant(s.at(), Items.BRUSSELS);
        ValidationResult stored = FormValidator.validate(form, s.values(), today);
        assertThat(stored.errors()).isEmpty();
        Messages en = Messages.of("en");
        List<String> row = new ArrayList<>();
        row.add(References.of(UUID.fromString(s.id())));
        row.add(SHOWN.format(s.at()));
        row.add(new Locale(s.lang()).getDisplayLanguage(Locale.ENGLISH));
        if (Forms.applicationForms().contains(form.id())) {
            EligibilityResult eligibility = EligibilityRules.assess(stored, today, Optional.empty()).orElseThrow();
            row.add(REVIEW_EN.getString("outcome." + eligibility.outcome().code()));
            row.add(eligibility.reasons().stream().sorted().map(Reason::name)
                    .map(code -> REVIEW_EN.getString("reason." + code)).collect(Collectors.joining("; ")));
        }
        row.add("New");
        List<Sent> sameCase = sameSender(s);
        row.add(sameCase.size() > 1 ? References.of(UUID.fromString(sameCase.get(0).id())) + " (case of "
                + sameCase.size() + ")" : "");
        row.add("");
        for (Field field : form.fields()) {
            List<String> values = stored.valuesOf(field.name());
            if (values.isEmpty()) {
                row.add("");
            } else if (field.type() == FieldType.CONSENT) {
                row.add("Yes");
            } else if (field.type().hasOptions()) {
                row.add(field.optionValues().stream().filter(values::contains)
                        .map(v -> field.options().label(v, en)).collect(Collectors.joining("; ")));
            } else {
                row.add(values.get(0));
            }
        }
        // The columns of what version 1 asked stay, empty for items of this version.
        Forms.retiredFields(form.id()).forEach(field -> row.add(""));
        row.add(s.script() ? "Web page" : "Web page without JavaScript");
        row.add(Integer.toString(Forms.FORM_VERSION));
        row.add(Forms.PRIVACY_NOTICE_VERSION);
        row.add(SHOWN.format(s.at().plus(config.retention())));
        row.add(s.id());
        row.add("");
        return row;
    }

    /** The submissions sharing an e-mail address or a VAT number with {@code s}, directly or through others. */
    private List<Sent> sameSender(Sent s) {
        List<Sent> found = new ArrayList<>(List.of(s));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Sent other : sent) {
                if (!found.contains(other) && found.stream().anyMatch(f -> shareSender(f, other))) {
                    found.add(other);
                    grown = true;
                }
            }
        }
        found.sort(Comparator.comparing(Sent::at).thenComparing(Sent::id));
        return found;
    }

    private static boolean shareSender(Sent a, Sent b) {
        String emailA = a.values().getOrDefault("email", List.of("")).get(0).strip().toLowerCase(Locale.ROOT);
        String emailB = b.values().getOrDefault("email", List.of("")).get(0).strip().toLowerCase(Locale.ROOT);
        String vatA = String.join("", a.values().getOrDefault("vatNumber", List.of()));
        String vatB = String.join("", b.values().getOrDefault("vatNumber", List.of()));
        String countryA = String.join("", a.values().getOrDefault("country", List.of()));
        String countryB = String.join("", b.values().getOrDefault("country", List.of()));
        return (!emailA.isEmpty() && emailA.equals(emailB))
                || (!vatA.isEmpty() && vatA.replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(
                        vatB.replaceAll("[^A-Za-z0-9]", "")) && countryA.equals(countryB));
    }

    /** What CSV shows: OWASP's apostrophe before text that would start a formula. */
    static String guarded(String cell) {
        return !cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
