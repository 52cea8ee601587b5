package eu.mobilisesme.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ReportCommandTest {

    @TempDir
    Path temp;
    Path download;

    @BeforeEach
    void export() {
        download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(
                        Items.itemV1("sending", "s1", "es", Instant.parse("2026-03-02T09:00:00Z")),
                        Items.itemV1("sending", "s2", "en", Instant.parse("2026-03-03T09:00:00Z"),
                                v -> v.put("country", List.of("GB"))),
                        Items.itemV1("hosting", "h1", "fr", Instant.parse("2026-03-20T09:00:00Z")),
                        Items.with(Items.itemV1("contact", "c1", "nl", Instant.parse("2026-03-01T22:30:00Z")),
                                "country", AttributeValue.fromS("<b>XX</b>"))))
                .write();
    }

    String report(String... options) throws Exception {
        Path file = temp.resolve("summary.html");
        List<String> args = new java.util.ArrayList<>(List.of("report", "--export", download.toString(), "--out",
                file.toString()));
        args.addAll(List.of(options));
        Cli.Result result = new Cli().run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(file.toString());
        return Files.readString(file);
    }

    static String row(String label, int count) {
        return "<tr><th scope=\"row\">" + label + "</th><td class=\"n\">" + count + "</td>";
    }

    @Test
    void counts_by_form_country_language_outcome_and_week() throws Exception {
        String html = report();

        assertThat(html).contains("<dt>Submissions</dt><dd>4</dd>")
                .contains(row("Sending companies", 2), row("Hosting companies", 1), row("Contact messages", 1))
                .contains(row("Spain", 1), row("United Kingdom", 1), row("Belgium", 1))
                .contains(row("English", 1), row("Spanish", 1), row("French", 1), row("Dutch", 1))
                .contains(row("To review", 2), row("Not eligible", 1), row("Not assessed", 1))
                .containsSubsequence(row("2026-W09", 1), row("2026-W10", 2), row("2026-W11", 0), row("2026-W12", 1));
    }

    @Test
    void is_one_self_contained_file_with_values_escaped() throws Exception {
        String html = report();

        assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">").contains("<style>")
                .doesNotContain("<script", "<link", "src=", "http://", "https://", "<b>XX</b>")
                .contains("&lt;b&gt;XX&lt;/b&gt;");
        assertThat(Pattern.compile("<span style=\"width:[0-9.]+%\"></span>").matcher(html).results().count())
                .isGreaterThan(10);
    }

    @Test
    void follows_lang_and_filters_and_is_the_same_every_time() throws Exception {
        String german = report("--lang", "de", "--form", "sending");

        assertThat(german).contains("<html lang=\"de\">").contains("Übersicht der Einsendungen")
                .contains("<dt>Filter</dt><dd>--form sending</dd>").contains(row("Spanien", 1))
                .contains(row("Vereinigtes Königreich", 1)).contains("50,0 %");
        assertThat(report("--lang", "de", "--form", "sending")).isEqualTo(german);
    }
}
