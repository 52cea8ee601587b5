package eu.mobilisesme.review.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code review matches} and the report's matches, from stored submissions as the backend writes them. */
class MatchesCommandTest {

    static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path temp;
    Path download;

    static Map<String, AttributeValue> host(String seed, String name, String vat, String email, String country) {
        return Items.itemV1("hosting", seed, "fr", AT, v -> {
            v.put("legalName", List.of(name));
            v.put("vatNumber", List.of(vat));
            v.put("email", List.of(email));
            v.put("country", List.of(country));
        });
    }

    static String ref(String seed) {
        return eu.mobilisesme.submission.References.of(Items.id(seed));
    }

    @BeforeEach
    void export() {
        download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(
                        // The sample sender (Spain, wants Belgium or the Netherlands, section C, es+en).
                        Items.itemV1("sending", "sender", "es", AT),
                        // A second sender that names its host.
                        Items.itemV1("sending", "named", "es", AT, v -> {
                            v.put("email", List.of("otra@example.es"));
                            v.put("vatNumber", List.of("ESB87654321"));
                            v.put("hostIdentified", List.of("yes"));
                            v.put("hostName", List.of("Atelier Bruxelles"));
                            v.put("hostCountry", List.of("BE"));
                        }),
                        host("studio", "=HYPERLINK(\"http://x\") Studio", "BE0111111111", "a@studio.be", "BE"),
                        host("atelier", "Atelier Bruxelles", "BE0222222222", "b@atelier.be", "BE"),
                        Items.with(host("refused", "Refused BV", "NL333333333B01", "c@refused.nl", "NL"),
                                "reviewStatus", AttributeValue.fromS("refused")),
                        Items.with(host("ineligible", "Ineligible BV", "NL444444444B01", "d@inel.nl", "NL"),
                                "eligibility", AttributeValue.fromS("ineligible")),
                        host("repeat-1", "Herhaal BV", "NL555555555B01", "e@herhaal.nl", "NL"),
                        Items.itemV1("hosting", "repeat-2", "nl", AT.plusSeconds(60), v -> {
                            v.put("legalName", List.of("Herhaal B.V."));
                            v.put("vatNumber", List.of("nl 5555.55555 b01"));
                            v.put("email", List.of("andere@herhaal.nl"));
                            v.put("country", List.of("NL"));
                        })))
                .write();
    }

    @Test
    void the_workbook_ranks_candidates_both_ways_with_reasons_in_the_chosen_language() throws Exception {
        Path out = temp.resolve("matches.xlsx");

        Cli.Result result = new Cli().run("matches", "--export", download.toString(), "--out", out.toString(),
                "--lang", "fr", "--top", "0");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(out.toString());
        assertThat(result.err()).contains("Écartées : 1 candidature refusée, 1 non éligible");
        List<Sheets.Named> book = Sheets.xlsxAsShown(out);
        assertThat(book).extracting(Sheets.Named::name)
                .containsExactly("Accueil pour chaque envoi", "Envois pour chaque accueil");
        List<List<String>> sending = book.get(0).rows();
        assertThat(sending.get(0)).startsWith("Référence", "Entreprise", "Pays", "Statut de l'examen", "Dossier",
                "Rang", "Candidate");
        List<String> candidates = sending.stream().skip(1).map(r -> r.get(6)).toList();
        assertThat(candidates).doesNotContain(ref("refused"), ref("ineligible"));

        List<List<String>> named = sending.stream().filter(r -> r.get(0).equals(ref("named"))).toList();
        assertThat(named.get(0).get(6)).as("the named host first").isEqualTo(ref("atelier"));
        assertThat(named.get(0).get(12)).isEqualTo("Oui");
        assertThat(named.get(0).get(13)).startsWith("Désignée comme partenaire dans le formulaire : Atelier Bruxelles")
                .contains("Le pays d'accueil Belgique fait partie des pays souhaités par l'entreprise d'envoi "
                        + "(Belgique, Pays-Bas) (+25)")
                .contains("Statut de l'examen : envoi Nouvelle, accueil Nouvelle");

        List<List<String>> sender = sending.stream().filter(r -> r.get(0).equals(ref("sender"))).toList();
        assertThat(sender).extracting(r -> r.get(5)).containsExactly("1", "2", "3");
        assertThat(sender).extracting(r -> r.get(6)).as("one company, one candidate: its latest application")
                .containsOnlyOnce(ref("repeat-2")).doesNotContain(ref("repeat-1"));
        assertThat(sender.stream().filter(r -> r.get(6).equals(ref("repeat-2"))).findFirst().orElseThrow().get(10))
                .isEqualTo(ref("repeat-1") + " (dossier de 2)");
        assertThat(sender.stream().filter(r -> r.get(6).equals(ref("studio"))).findFirst().orElseThrow().get(7))
                .as("text, never a formula").isEqualTo("=HYPERLINK(\"http://x\") Studio");
        List<List<String>> hosting = book.get(1).rows();
        List<String> repeat = hosting.stream().filter(r -> r.get(0).equals(ref("repeat-2"))).findFirst().orElseThrow();
        assertThat(repeat.get(4)).as("the latest stands for the case").isEqualTo(ref("repeat-1") + " (dossier de 2)");

        Path again = temp.resolve("again.xlsx");
        new Cli().run("matches", "--export", download.toString(), "--out", again.toString(), "--lang", "fr",
                "--top", "0");
        assertThat(Files.readAllBytes(again)).as("same input, same bytes").isEqualTo(Files.readAllBytes(out));
    }

    /**
     * The short forms (version 2) ask neither target countries, sector, languages, capacity nor an end date: such
     * applications are still matched, on dates and eligibility, and each reason says what was not asked.
     */
    @Test
    void short_form_applications_are_matched_on_what_they_ask_and_say_what_was_not_asked() throws Exception {
        Path shortForms = temp.resolve("short-forms");
        ExportFixture.full(shortForms, "01700000000000-bbbb2222", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.item("sending", "short-sender", "es", AT),
                        Items.item("hosting", "short-host", "nl", AT, v -> {
                            v.put("country", List.of("NL"));
                            v.put("vatNumber", List.of("NL123456789B01"));
                            v.put("email", List.of("host@example.nl"));
                        })))
                .write();
        Path out = temp.resolve("short.xlsx");

        Cli.Result result = new Cli().run("matches", "--export", shortForms.toString(), "--out", out.toString(),
                "--lang", "en");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<List<String>> sending = Sheets.xlsx(out).get(0).rows();
        List<String> pair = sending.stream().filter(r -> r.get(0).equals(ref("short-sender"))).findFirst()
                .orElseThrow();
        assertThat(pair.get(6)).isEqualTo(ref("short-host"));
        assertThat(pair.get(13)).contains("did not ask for target countries", "Sector not compared",
                "Languages not compared", "capacity is not asked", "the host is available");
    }

    /**
     * matches.xlsx is laid out like the submission sheets, by the same writer: short bold headers with the
     * explanation as comment where they need one, rank and score as number cells, the header frozen and filtered,
     * widths between 8 and 50 characters with wrapped text, landscape A4 one page wide with the header on each page.
     */
    @Test
    void the_matches_workbook_is_laid_out_for_work_like_the_sheets() throws Exception {
        Path out = temp.resolve("matches.xlsx");
        Cli.Result result = new Cli().run("matches", "--export", download.toString(), "--out", out.toString(),
                "--lang", "de");
        assertThat(result.exitCode()).as(result.err()).isZero();

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            for (Sheet s : workbook) {
                XSSFSheet sheet = (XSSFSheet) s;
                Row header = sheet.getRow(0);
                assertThat(header.getLastCellNum()).isEqualTo((short) 14);
                for (Cell cell : header) {
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                    assertThat(cell.getCellStyle().getWrapText()).isTrue();
                    assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256).isBetween(8, 50);
                }
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstRow()).isZero();
                assertThat(filter.getLastRow()).isEqualTo(sheet.getLastRowNum());
                assertThat(filter.getLastColumn()).isEqualTo(13);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
            XSSFSheet sending = workbook.getSheet("Gastgeber je Entsender");
            Row header = sending.getRow(0);
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Punkte (von 100)");
            assertThat(header.getCell(11).getCellComment().getString().getString())
                    .startsWith("Punkte von 100: die Summe der Punkte der Gründe");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Gründe");
            assertThat(header.getCell(13).getCellComment().getString().getString())
                    .isEqualTo("Warum sie zusammenpassen, jeder Grund mit den Punkten, die er gab");
            assertThat(header.getCell(0).getCellComment()).as("Referenz says it all").isNull();

            Row first = sending.getRow(1);
            assertThat(first.getCell(5).getCellType()).as("rank").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(11).getCellType()).as("score").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(11).getNumericCellValue()).isBetween(0.0, 100.0);
            assertThat(first.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0");
            Cell reasons = first.getCell(13);
            assertThat(reasons.getCellType()).isEqualTo(CellType.STRING);
            assertThat(reasons.getStringCellValue()).as("a reason on each line").contains("(+25)\n");
            assertThat(reasons.getCellStyle().getWrapText()).isTrue();
            assertThat(reasons.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(sending.getColumnWidth(13) / 256).isEqualTo(50);
        }
    }

    @Test
    void refused_and_ineligible_come_back_when_asked() {
        Path out = temp.resolve("all.xlsx");

        Cli.Result result = new Cli().run("matches", "--export", download.toString(), "--out", out.toString(),
                "--include-refused", "--include-ineligible");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> candidates = Sheets.xlsx(out).get(0).rows().stream().skip(1).map(r -> r.get(6)).toList();
        assertThat(candidates).contains(ref("refused"), ref("ineligible"));
    }

    @Test
    void the_report_has_a_section_with_the_best_hosts_of_each_sender() throws Exception {
        Path html = temp.resolve("summary.html");

        Cli.Result result = new Cli().run("report", "--export", download.toString(), "--out", html.toString(),
                "--lang", "nl");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<h2>Beste gastbedrijven</h2>", "<h2>Per status van de beoordeling</h2>",
                "<h2>Herhaalde inzenders</h2>", "<th scope=\"row\">" + ref("repeat-1") + "</th><td class=\"n\">2</td>");
        int section = page.indexOf("<h2>Beste gastbedrijven</h2>");
        String matches = page.substring(section);
        assertThat(matches).contains(ref("named")).contains("Genoemde partner")
                .doesNotContain(ref("refused"), ref("ineligible"));
    }
}
