package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbook read back with POI as staff would meet it: short headers with the full question as their comment,
 * the header row frozen and filtered, sensible widths with wrapping text, landscape pages as wide as one sheet of
 * paper with the header on each, and numbers and days as typed cells.
 */
class WorkbookLayoutTest {

    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-03-02T09:15:30Z");

    @TempDir
    Path temp;
    Path download;

    @BeforeEach
    void export() {
        download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(
                        Items.item("sending", "s1", "es", RECEIVED, v -> v.put("headcount", List.of("42"))),
                        Items.itemV1("hosting", "h1", "nl", RECEIVED.plusSeconds(120),
                                v -> v.put("phone", List.of("+32 2 123 45 67"))),
                        Items.item("contact", "c1", "de", RECEIVED.plusSeconds(180))))
                .write();
    }

    XSSFWorkbook sheets(String lang) throws Exception {
        Path out = temp.resolve("out-" + lang);
        Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                "--format", "xlsx", "--lang", lang);
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("submissions.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    static int column(XSSFSheet sheet, String fullHeader) {
        Row header = sheet.getRow(0);
        for (Cell cell : header) {
            String full = cell.getCellComment() != null ? cell.getCellComment().getString().getString()
                    : cell.getStringCellValue();
            if (full.equals(fullHeader)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + fullHeader + "' in " + sheet.getSheetName());
    }

    @Test
    void long_questions_get_a_short_header_and_the_whole_question_as_its_comment() throws Exception {
        try (XSSFWorkbook workbook = sheets("en")) {
            XSSFSheet sending = workbook.getSheet("Sending companies");
            int sme = column(sending, "Is your annual turnover at most EUR 50 million, or your balance sheet total "
                    + "at most EUR 43 million?");
            Cell header = sending.getRow(0).getCell(sme);
            assertThat(header.getStringCellValue()).isEqualTo("Within SME limits");
            assertThat(header.getCellStyle().getWrapText()).isTrue();
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            int start = column(sending, "First participant: Date they started working for the company");
            assertThat(sending.getRow(0).getCell(start).getStringCellValue()).isEqualTo("Participant 1: Employed since");
            // a header that is short already has no comment
            assertThat(sending.getRow(0).getCell(column(sending, "Reference")).getCellComment()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "nl", "de"})
    void every_header_is_short_and_every_column_has_a_sensible_width(String lang) throws Exception {
        try (XSSFWorkbook workbook = sheets(lang)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (Cell header : sheet.getRow(0)) {
                    assertThat(header.getStringCellValue()).as(lang + " " + sheet.getSheetName())
                            .hasSizeLessThanOrEqualTo(45);
                    int width = sheet.getColumnWidth(header.getColumnIndex()) / 256;
                    assertThat(width).as(lang + " width of " + header.getStringCellValue()).isBetween(8, 50);
                }
            }
        }
    }

    @Test
    void the_header_row_is_frozen_filtered_and_printed_on_every_landscape_page() throws Exception {
        try (XSSFWorkbook workbook = sheets("fr")) {
            // the three forms, then the period: written by the same workbook, it looks and prints like them
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(3)).isEqualTo("Période");
            for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstRow()).isZero();
                assertThat(filter.getLastRow()).isEqualTo(sheet.getLastRowNum());
                assertThat(filter.getLastColumn() + 1).isEqualTo(sheet.getRow(0).getLastCellNum());
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(
                        org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
        }
    }

    /**
     * The period sheet is a small table of its own: a header row (the period, the filters) and one row for this
     * run, text cells that wrap, with the same frozen, filtered, landscape layout as the form sheets (checked above).
     */
    @Test
    void the_period_sheet_says_what_the_workbook_covers_and_with_which_filters() throws Exception {
        try (XSSFWorkbook workbook = sheets("fr")) {
            XSSFSheet period = workbook.getSheet("Période");
            assertThat(period.getLastRowNum()).isEqualTo(1);
            Row header = period.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Période couverte");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Filtres");
            Row row = period.getRow(1);
            assertThat(row.getCell(0).getStringCellValue())
                    .isEqualTo("Tout ce qui a été reçu jusqu'au 2026-11-20 11:00 (heure de Bruxelles)");
            assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("aucun");
            assertThat(period.getColumnWidth(0) / 256).isEqualTo(50);
        }
        Path out = temp.resolve("out-filtered");
        Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                "--format", "xlsx", "--lang", "de", "--form", "hosting,sending", "--from", "2026-03-01");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("submissions.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet period = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
            assertThat(period.getSheetName()).isEqualTo("Zeitraum");
            assertThat(period.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("--form hosting,sending, --from 2026-03-01");
        }
    }

    @Test
    void numbers_and_days_are_typed_cells_and_text_stays_text() throws Exception {
        try (XSSFWorkbook workbook = sheets("en")) {
            XSSFSheet sending = workbook.getSheet("Sending companies");
            Row s1 = sending.getRow(1);
            Cell received = s1.getCell(column(sending, "Received (Brussels time)"));
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 15));
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");

            Cell kept = s1.getCell(column(sending, "Kept until"));
            assertThat(DateUtil.isCellDateFormatted(kept)).isTrue();

            Cell headcount = s1.getCell(column(sending, "Number of staff"));
            assertThat(headcount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(headcount)).isFalse();
            assertThat(headcount.getNumericCellValue()).isEqualTo(42.0);

            Cell started = s1.getCell(column(sending, "First participant: Date they started working for the "
                    + "company"));
            assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
            assertThat(started.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(started.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2022, 3, 2));

            Cell name = s1.getCell(column(sending, "Legal name"));
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(name.getCellStyle().getWrapText()).isTrue();

            XSSFSheet hosting = workbook.getSheet("Hosting companies");
            Cell phone = hosting.getRow(1).getCell(column(hosting, "Phone number"));
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("+3221234567");
        }
    }
}
