package eu.mobilisesme.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.submission.References;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Repeat submitters: the same e-mail address or VAT number, however written, is one case. */
class CasesTest {

    static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path temp;

    static Map<String, AttributeValue> sending(String seed, int minutes, String email, String vat) {
        return Items.item("sending", seed, "es", AT.plusSeconds(60L * minutes), v -> {
            v.put("email", List.of(email));
            v.put("vatNumber", List.of(vat));
        });
    }

    static String ref(String seed) {
        return References.of(Items.id(seed));
    }

    @Test
    void keys_ignore_case_spaces_and_punctuation_and_add_the_country_prefix() {
        assertThat(CaseKeys.email("  Ana@Example.ES ")).isEqualTo("ana@example.es");
        assertThat(CaseKeys.vat("ES", "b-12.345.678")).isEqualTo("ESB12345678");
        assertThat(CaseKeys.vat("ES", "ES B12345678")).isEqualTo("ESB12345678");
        assertThat(CaseKeys.vat("GR", "123456789")).isEqualTo("EL123456789");
        assertThat(CaseKeys.vat("BE", " ")).isEmpty();
    }

    @Test
    void submissions_linked_by_email_or_vat_directly_or_through_another_are_one_case_named_by_the_first() {
        Cases cases = new Cases();
        // a and b share the e-mail address (written differently), b and c the VAT number: one case of 3.
        cases.add(new Item(sending("c", 30, "other@example.es", "ESB-11111111")));
        cases.add(new Item(sending("a", 10, "Ana@example.es", "ESB22222222")));
        cases.add(new Item(sending("b", 20, " ana@example.es", "esb 11111111")));
        cases.add(new Item(sending("alone", 5, "solo@example.es", "ESB33333333")));

        Cases.Case c = cases.of(Items.id("b").toString()).orElseThrow();
        assertThat(c.id()).isEqualTo(ref("a"));
        assertThat(c.references()).containsExactly(ref("a"), ref("b"), ref("c"));
        assertThat(cases.of(Items.id("c").toString())).contains(c);
        assertThat(cases.of(Items.id("alone").toString()).orElseThrow().size()).isEqualTo(1);
        assertThat(cases.repeated()).containsExactly(c);
    }

    @Test
    void three_submissions_of_one_company_read_as_one_case_in_the_sheets_in_every_language() {
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(sending("one", 0, "ana@example.es", "ESB12345678"),
                        sending("two", 60, "ANA@example.es", "ESB99999999"),
                        sending("three", 120, "pablo@example.es", "ES B-12345678"),
                        sending("else", 30, "else@example.es", "ESB55555555")))
                .write();
        Map<String, String> header = Map.of("en", "Case", "es", "Caso", "fr", "Dossier", "nl", "Dossier", "de", "Fall");
        Map<String, String> cell = Map.of("en", " (case of 3)", "es", " (caso de 3)", "fr", " (dossier de 3)",
                "nl", " (dossier van 3)", "de", " (Fall mit 3 Einsendungen)");

        for (String lang : List.of("en", "es", "fr", "nl", "de")) {
            Path out = temp.resolve("out-" + lang);
            Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                    "--format", "xlsx", "--lang", lang);
            assertThat(result.exitCode()).as(result.err()).isZero();
            List<List<String>> rows = Sheets.xlsx(out.resolve("submissions.xlsx")).get(0).rows();
            int column = rows.get(0).indexOf(header.get(lang));
            assertThat(column).as(lang).isPositive();
            assertThat(rows.stream().skip(1).map(r -> r.get(column)).toList()).as(lang).containsExactly(
                    ref("one") + cell.get(lang), "", ref("one") + cell.get(lang), ref("one") + cell.get(lang));
        }
    }
}
