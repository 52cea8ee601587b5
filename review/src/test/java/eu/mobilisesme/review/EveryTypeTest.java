package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written export line with every DynamoDB type, sparse attributes, and known fields stored with types the
 * backend never writes: nothing is lost, nothing breaks, and the unknown attributes reach {@code extra} intact.
 */
class EveryTypeTest {

    static final String LINE = """
            {"Item":{"id":{"S":"types-1"},"form":{"S":"contact"},"receivedAt":{"S":"2026-03-01T10:00:00Z"},\
            "lang":{"S":"fr"},"name":{"S":"Zoë Ñúñez 株式会社 🚀 شركة"},"email":{"S":"zoe@example.fr"},\
            "country":{"NULL":true},"subject":{"SS":["support","eligibility"]},"privacyNotice":{"BOOL":false},\
            "message":{"L":[{"S":"first"},{"N":"2"}]},\
            "s":{"S":"x"},"n":{"N":"1.50"},"b":{"BOOL":true},"z":{"NULL":true},"m":{"M":{"k":{"S":"v"},\
            "deep":{"L":[{"NULL":true}]}}},"l":{"L":[{"S":"a"},{"N":"2"}]},"ss":{"SS":["b","a"]},\
            "ns":{"NS":["10","9","-0.5"]},"bin":{"B":"AAEC"},"bs":{"BS":["AQ==","AA=="]}}}""";

    @TempDir
    Path temp;

    @Test
    void every_type_reaches_the_sheet_and_unknown_attributes_reach_extra_as_json() {
        ExportFixture.full(temp.resolve("download"), "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .lines(List.of(LINE)).write();

        Cli.Result result = new Cli().run("sheets", "--export", temp.resolve("download").toString(), "--out",
                temp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<List<String>> csv = Sheets.csv(temp.resolve("out/contact.csv"), ',');
        List<List<String>> xlsx = Sheets.xlsx(temp.resolve("out/submissions.xlsx")).get(2).rows();
        for (List<List<String>> rows : List.of(csv, xlsx)) {
            assertThat(Sheets.cell(rows, 1, "Your name")).isEqualTo("Zoë Ñúñez 株式会社 🚀 شركة");
            assertThat(Sheets.cell(rows, 1, "Country")).isEmpty();
            assertThat(Sheets.cell(rows, 1, "Subject")).isEqualTo("Who can take part; Financial support");
            assertThat(Sheets.cell(rows, 1, "I have read the privacy notice.")).isEqualTo("No");
            assertThat(Sheets.cell(rows, 1, "Message")).isEqualTo("first; 2");
            assertThat(Sheets.cell(rows, 1, "Reference")).isEmpty();
            assertThat(Sheets.cell(rows, 1, "Language of the form")).isEqualTo("French");
            assertThat(Sheets.cell(rows, 1, "extra")).isEqualTo("{\"b\":true,\"bin\":\"AAEC\",\"bs\":[\"AA==\","
                    + "\"AQ==\"],\"l\":[\"a\",2],\"m\":{\"deep\":[null],\"k\":\"v\"},\"n\":1.50,"
                    + "\"ns\":[-0.5,9,10],\"s\":\"x\",\"ss\":[\"a\",\"b\"],\"z\":null}");
        }
        assertThat(result.err()).contains("1 submission has attributes this version does not know (b, bin, bs, l, m, n, ns, s, ss, z)");
    }
}
