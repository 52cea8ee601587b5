package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every command run in English and in another language on the same data (status on a live table in dynalite): no line staff read on the screen, no
 * header or heading in a file, may be left in English (only file paths may repeat), and every count takes the
 * right form of its noun ("1 submission", "2 submissions").
 */
@ExtendWith(DynaliteExtension.class)
class EveryLanguageTest {

    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");
    static final String EXPORT_ID = "01700000000000-aaaa1111";
    static final String ANA = "ana.garcia@example.es";

    /** Singular and plural of every noun the tool counts, per language. */
    static final Map<String, List<String[]>> NOUNS = Map.of(
            "en", List.of(new String[] {"submission", "submissions"}, new String[] {"item", "items"},
                    new String[] {"data file", "data files"}, new String[] {"file", "files"},
                    new String[] {"cell", "cells"}),
            "es", List.of(new String[] {"envío", "envíos"}, new String[] {"elemento", "elementos"},
                    new String[] {"archivo", "archivos"}, new String[] {"celda", "celdas"}),
            "fr", List.of(new String[] {"envoi", "envois"}, new String[] {"élément", "éléments"},
                    new String[] {"fichier", "fichiers"}, new String[] {"cellule", "cellules"}),
            "nl", List.of(new String[] {"inzending", "inzendingen"}, new String[] {"item", "items"},
                    new String[] {"gegevensbestand", "gegevensbestanden"}, new String[] {"bestand", "bestanden"},
                    new String[] {"cel", "cellen"}),
            "de", List.of(new String[] {"Einsendung", "Einsendungen"}, new String[] {"Eintrag", "Einträge"},
                    new String[] {"Datendatei", "Datendateien"}, new String[] {"Datei", "Dateien"},
                    new String[] {"Zelle", "Zellen"}));

    /** English words of the tool's messages that no translation uses. */
    static final List<String> ENGLISH = List.of("Wrote", "Reading", "Sorting", "submission", "warning",
            "Found", "Scanning", "Left out", "Recorded", "Checking", "Erase the data", "data file", "Summary",
            "written", "export files", "their", "holds", " with ");

    /**
     * Headers and headings that are the same word in English and in that language, and correct there: French
     * "Message" and "Source", Dutch "Website", "Postcode", "Filters", "Week", German "Website", "Organisation
     * (optional)"; "Status" is Dutch and German too. Only these exact texts, only in their language: any other
     * header equal to the English one is still a leftover.
     */
    static final Map<String, Set<String>> SAME_WORD = Map.of(
            "es", Set.of(),
            "fr", Set.of("Message", "Source"),
            "nl", Set.of("Website", "Postcode", "Filters", "Week", "Status"),
            "de", Set.of("Website", "Organisation (optional)", "Status"));

    @TempDir
    Path temp;
    Path good;
    Path damaged;
    Dynalite dynalite;
    String table;
    String reference;

    /** A live table with one submission, whose status each language's run sets. */
    @BeforeEach
    void liveTable(Dynalite dynalite, DynamoDbClient client) {
        this.dynalite = dynalite;
        table = "live-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        Map<String, AttributeValue> item = Items.item("hosting", "status-host", "nl",
                Instant.parse("2026-11-02T10:00:00Z"));
        client.putItem(b -> b.tableName(table).item(item));
        reference = item.get("reference").s();
    }

    @BeforeEach
    void exports() {
        good = temp.resolve("good");
        Map<String, AttributeValue> contact = Items.item("contact", "ana-writes", "es",
                Instant.parse("2026-03-01T09:00:00Z"), v -> v.put("email", List.of(ANA)));
        contact.put("campaign", AttributeValue.fromS("fair"));
        ExportFixture.full(good, EXPORT_ID, EXPORTED)
                .items(List.of(
                        Items.item("sending", "one-sender", "fr", Instant.parse("2026-03-02T09:00:00Z")),
                        Items.item("hosting", "host-a", "nl", Instant.parse("2026-03-03T09:00:00Z")),
                        Items.item("hosting", "host-b", "de", Instant.parse("2026-03-04T09:00:00Z")),
                        Items.item("sending", "expired", "en", EXPORTED.minus(Items.RETENTION).minusSeconds(60)),
                        contact))
                .emptyFile()
                .write();
        damaged = temp.resolve("damaged");
        ExportFixture.full(damaged, EXPORT_ID, EXPORTED)
                .items(List.of(Items.item("contact", "a", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .items(List.of(Items.item("contact", "b", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .emptyFile().badChecksum(0).wrongCount(1).missing(2)
                .write();
    }

    /** What every command prints in one language, and the files it wrote, in one working folder per language. */
    record Run(List<String> lines, Path work) {
    }

    Run run(String lang) throws Exception {
        Path work = Files.createDirectories(temp.resolve("work-" + lang));
        Cli cli = new Cli().ledger(work.resolve("ledger.txt"));
        List<String> lines = new ArrayList<>();
        List<List<String>> commands = List.of(
                List.of("verify", "--export", good.toString()),
                List.of("verify", "--export", damaged.toString()),
                List.of("sheets", "--export", good.toString(), "--out", work.resolve("sheets").toString()),
                List.of("report", "--export", good.toString(), "--form", "hosting,contact",
                        "--out", work.resolve("summary.html").toString()),
                List.of("person", "--export", good.toString(), "--email", ANA,
                        "--out", work.resolve("ana.json").toString()),
                List.of("erase", "--export", good.toString(), "--email", ANA, "--yes"),
                List.of("sheets", "--export", good.toString(), "--out", work.resolve("sheets").toString(),
                        "--format", "csv"),
                List.of("sheets", "--export", good.toString(), "--from", "2026-31-01"),
                List.of("sheets", "--export", good.toString(), "--table", "t"),
                List.of("sheets", "--export", good.toString(), "--form", "survey"),
                List.of("sheets", "--export", temp.resolve("nowhere").toString()),
                List.of("person", "--export", good.toString()),
                List.of("sheets", "--bogus"),
                // the period lines of --new: the first run, then one since the first
                List.of("sheets", "--export", good.toString(), "--out", work.resolve("new").toString(), "--new",
                        "--last-runs", work.resolve("last-runs.txt").toString()),
                List.of("sheets", "--export", good.toString(), "--out", work.resolve("new").toString(), "--new",
                        "--last-runs", work.resolve("last-runs.txt").toString()),
                List.of("report", "--export", good.toString(), "--out", work.resolve("new.html").toString(),
                        "--new", "--last-runs", work.resolve("last-runs.txt").toString()),
                List.of("matches", "--export", good.toString(), "--out", work.resolve("matches.xlsx").toString()),
                List.of("matches", "--export", good.toString(), "--top", "-1"),
                List.of("matches", "--export", good.toString(), "--include-refused", "--include-ineligible",
                        "--out", work.resolve("all-matches.xlsx").toString()),
                // status changes the live table: its answers to a wrong command line, before any table call
                List.of("status", "--export", good.toString(), "--ref", "MSME-7W2T-ENWC", "--set", "on-hold"),
                List.of("status", "--table", "t", "--ref", "nonsense", "--set", "on-hold"),
                List.of("status", "--table", "t", "--ref", "MSME-7W2T-ENWC", "--set", "maybe"),
                List.of("status", "--table", "t", "--ref", "MSME-7W2T-ENWC", "--set", "on-hold", "--by", " "),
                List.of("status", "--table", "t"),
                List.of("status", "--table", table, "--endpoint", dynalite.endpoint().toString(), "--ref", reference,
                        "--set", "screened", "--note", "ok", "--by", "Ana Pérez"),
                List.of("status", "--table", table, "--endpoint", dynalite.endpoint().toString(), "--ref",
                        eu.mobilisesme.submission.References.of(Items.id("nobody")), "--set", "accepted", "--by",
                        "Ana Pérez"));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--lang=" + lang);
            Cli.Result result = cli.run(args.toArray(String[]::new));
            result.err().lines().forEach(lines::add);
            result.out().lines().forEach(lines::add);
        }
        return new Run(lines, work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "nl", "de"})
    void no_screen_line_header_or_heading_is_left_in_english(String lang) throws Exception {
        Run english = run("en");
        Run other = run(lang);

        Set<String> englishLines = new LinkedHashSet<>(english.lines());
        List<String> leftovers = new ArrayList<>();
        for (String line : other.lines()) {
            String text = line.strip();
            boolean path = text.startsWith(temp.toString());
            if (!text.isEmpty() && !path && englishLines.contains(line)) {
                leftovers.add(line);
            }
            for (String word : ENGLISH) {
                if (!path && line.replace(temp.toString(), "").replace("submissions.xlsx", "").contains(word)) {
                    leftovers.add(word + " in: " + line);
                }
            }
        }
        assertThat(leftovers).as("English left in --lang " + lang).isEmpty();
        assertThat(other.lines()).hasSizeGreaterThan(20);
        assertThat(other.lines()).as("status recorded on the live table")
                .anyMatch(line -> line.contains(reference) && line.contains("Ana Pérez"));

        for (String form : List.of("sending", "hosting", "contact")) {
            List<String> englishHeaders = Sheets.csv(english.work().resolve("sheets/" + form + ".csv"), ',').get(0);
            List<String> headers = Sheets.csv(other.work().resolve("sheets/" + form + ".csv"), ';').get(0);
            assertThat(headers).as(form + " headers in " + lang).hasSameSizeAs(englishHeaders);
            for (int i = 0; i < headers.size(); i++) {
                if (SAME_WORD.get(lang).contains(headers.get(i))) {
                    continue;
                }
                assertThat(headers.get(i)).as(form + " header " + i + " in " + lang)
                        .isNotEqualTo(englishHeaders.get(i));
            }
        }
        List<String> englishHeadings = headings(english.work().resolve("summary.html"));
        List<String> headings = headings(other.work().resolve("summary.html"));
        assertThat(headings).hasSameSizeAs(englishHeadings);
        headings.removeAll(SAME_WORD.get(lang));
        assertThat(headings).doesNotContainAnyElementsOf(englishHeadings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "nl", "de"})
    void every_count_takes_the_right_form_of_its_noun(String lang) throws Exception {
        List<String> lines = run(lang).lines();

        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String text = line.replace(temp.toString(), "");
            for (String[] noun : NOUNS.get(lang)) {
                // a count is a number not glued to another number or word: "1 submission", "1.250 Einsendungen"
                Matcher counts = Pattern.compile("(?<![\\p{L}\\d.,\\u00a0\\u202f-])(\\d[\\d.,\\u00a0\\u202f]*) "
                        + Pattern.quote(noun[0]) + "(\\p{L}*)").matcher(text);
                while (counts.find()) {
                    long n = Long.parseLong(counts.group(1).replaceAll("\\D", ""));
                    boolean plural = !counts.group(2).isEmpty();
                    if (!noun[0].concat(counts.group(2)).equals(noun[0])
                            && !noun[0].concat(counts.group(2)).equals(noun[1])) {
                        continue; // another word that starts like the noun
                    }
                    boolean singularWanted = lang.equals("fr") ? n < 2 : n == 1;
                    if (plural == singularWanted) {
                        wrong.add(counts.group() + " in: " + line);
                    }
                }
            }
        }
        assertThat(wrong).as("wrong plural in --lang " + lang).isEmpty();
        assertThat(String.join("\n", lines)).as("counts are shown").containsPattern("\\b1 \\p{L}")
                .containsPattern("\\b[2-9] \\p{L}");
    }

    /** The title, headings, terms and column headings of a report: the texts the tool writes itself. */
    static List<String> headings(Path html) throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<(title|h1|h2|dt|th scope=\"col\"|p)>([^<]+)<").matcher(page);
        while (m.find()) {
            texts.add(m.group(2));
        }
        return texts;
    }
}
