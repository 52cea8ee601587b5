package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.LibreOffice;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every workbook the tool writes (submissions.xlsx of sheets, matches.xlsx of matches) opens in LibreOffice Calc,
 * and Calc reads the same cell values as POI: each sheet converted to CSV by LibreOffice headless, compared cell by
 * cell.
 */
class LibreOfficeTest {

    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void the_workbook_opens_in_libreoffice_with_the_same_values(String lang) {
        LibreOffice.soffice();
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(
                        Items.itemV1("sending", "s1", "es", Instant.parse("2026-03-02T09:15:30Z"),
                                v -> v.put("legalName", List.of("=HYPERLINK(\"http://x\") Société 株式会社 🚀"))),
                        Items.itemV1("hosting", "h1", "nl", Instant.parse("2026-03-03T09:15:30Z"),
                                v -> v.put("phone", List.of("+32 2 123 45 67"))),
                        Items.itemV1("contact", "c1", "de", Instant.parse("2026-03-04T09:15:30Z"),
                                v -> v.put("message", List.of("Zeile eins\nZeile zwei, \"zitiert\"; 1.5 3-4 007"))),
                        Items.with(Items.itemV1("contact", "c2", "fr", Instant.parse("2026-03-05T09:15:30Z")),
                                "form", AttributeValue.fromS("survey"))))
                .write();
        Path out = temp.resolve("out");

        Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                "--format", "xlsx", "--lang", lang);

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path workbook = out.resolve("submissions.xlsx");
        assertThat(Sheets.xlsxAsShown(workbook)).as("three forms, other items, the period").hasSize(5);
        calcReadsTheSameValues(workbook);
    }

    /**
     * The other workbook the tool writes, matches.xlsx: candidates with a formula-like name and text in several
     * scripts, ranks and scores as numbers, multi-line reasons. Opened by Calc and compared cell by cell, and its
     * number cells still numbers in Calc's own copy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void the_matches_workbook_opens_in_libreoffice_with_the_same_values(String lang) throws Exception {
        LibreOffice.soffice();
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(
                        Items.item("sending", "sender", "es", Instant.parse("2026-03-02T09:15:30Z"),
                                v -> v.put("legalName", List.of("Société 株式会社 🚀"))),
                        Items.item("hosting", "studio", "fr", Instant.parse("2026-03-03T09:15:30Z"), v -> {
                            v.put("legalName", List.of("=HYPERLINK(\"http://x\") Studio"));
                            v.put("vatNumber", List.of("BE0111111111"));
                            v.put("email", List.of("a@studio.be"));
                            v.put("country", List.of("BE"));
                        }),
                        Items.item("hosting", "atelier", "nl", Instant.parse("2026-03-04T09:15:30Z"), v -> {
                            v.put("legalName", List.of("Atelier \"Zuid\"; 1.5 3-4 007"));
                            v.put("vatNumber", List.of("NL333333333B01"));
                            v.put("email", List.of("b@zuid.nl"));
                            v.put("country", List.of("NL"));
                        })))
                .write();
        Path workbook = temp.resolve("matches.xlsx");

        Cli.Result result = new Cli().run("matches", "--export", download.toString(), "--out", workbook.toString(),
                "--lang", lang);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<Sheets.Named> shown = Sheets.xlsxAsShown(workbook);
        assertThat(shown).as("both directions").hasSize(2);
        assertThat(shown.get(0).rows()).as("the sender's two candidates").hasSize(3);
        calcReadsTheSameValues(workbook);

        Path calc = LibreOffice.resaved(workbook, temp);
        int numbers = 0;
        try (XSSFWorkbook written = new XSSFWorkbook(workbook.toFile());
                XSSFWorkbook read = new XSSFWorkbook(calc.toFile())) {
            for (int s = 0; s < written.getNumberOfSheets(); s++) {
                for (Row row : written.getSheetAt(s)) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        org.apache.poi.ss.usermodel.Cell calcCell = read.getSheetAt(s).getRow(row.getRowNum())
                                .getCell(cell.getColumnIndex());
                        assertThat(calcCell.getCellType()).as(written.getSheetName(s) + " " + cell.getAddress())
                                .isEqualTo(cell.getCellType());
                        if (cell.getCellType() == CellType.NUMERIC) {
                            assertThat(calcCell.getNumericCellValue()).isEqualTo(cell.getNumericCellValue());
                            numbers++;
                        }
                    }
                }
            }
        }
        // a rank and a score on each candidate row: two for the sender, one for each host
        assertThat(numbers).isGreaterThanOrEqualTo(8);
    }

    /** Each sheet of the workbook converted to CSV by LibreOffice headless: the same rows and cells as POI shows. */
    void calcReadsTheSameValues(Path workbook) {
        List<Sheets.Named> expected = Sheets.xlsxAsShown(workbook);
        List<List<List<String>>> calc = LibreOffice.sheets(workbook,
                expected.stream().map(Sheets.Named::name).toList(), temp);
        for (int s = 0; s < expected.size(); s++) {
            List<List<String>> rows = expected.get(s).rows();
            List<List<String>> read = calc.get(s);
            assertThat(read).as(expected.get(s).name()).hasSameSizeAs(rows);
            for (int r = 0; r < rows.size(); r++) {
                assertThat(padded(read.get(r), rows.get(r).size()))
                        .as(expected.get(s).name() + " row " + r).isEqualTo(rows.get(r));
            }
        }
    }

    /**
     * Calc reads every typed cell as the type it was written: numbers as numbers, days and times as dates with
     * their format, text as text. Checked on Calc's own copy of the workbook, read back with POI.
     */
    @Test
    void libreoffice_reads_numbers_and_dates_as_typed_cells() throws Exception {
        LibreOffice.soffice();
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(
                        Items.item("sending", "s1", "es", Instant.parse("2026-03-02T09:15:30Z"),
                                v -> v.put("headcount", List.of("42"))),
                        Items.itemV1("hosting", "h1", "nl", Instant.parse("2026-07-03T22:15:30Z"),
                                v -> v.put("phone", List.of("+32 2 123 45 67"))),
                        Items.item("contact", "c1", "de", Instant.parse("2026-03-04T09:15:30Z"))))
                .write();
        Path out = temp.resolve("out");
        Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                "--format", "xlsx", "--lang", "de");
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path ours = out.resolve("submissions.xlsx");

        Path calc = LibreOffice.resaved(ours, temp);

        int dates = 0;
        int numbers = 0;
        try (XSSFWorkbook written = new XSSFWorkbook(ours.toFile()); XSSFWorkbook read = new XSSFWorkbook(calc.toFile())) {
            assertThat(read.getNumberOfSheets()).isEqualTo(written.getNumberOfSheets());
            for (int s = 0; s < written.getNumberOfSheets(); s++) {
                for (Row row : written.getSheetAt(s)) {
                    Row calcRow = read.getSheetAt(s).getRow(row.getRowNum());
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        org.apache.poi.ss.usermodel.Cell calcCell = calcRow.getCell(cell.getColumnIndex());
                        String where = written.getSheetName(s) + " " + cell.getAddress();
                        assertThat(calcCell.getCellType()).as(where).isEqualTo(cell.getCellType());
                        if (cell.getCellType() == CellType.NUMERIC) {
                            boolean date = DateUtil.isCellDateFormatted(cell);
                            assertThat(DateUtil.isCellDateFormatted(calcCell)).as(where + " is a date").isEqualTo(date);
                            // Calc writes 15 significant digits: a time of day may differ below a millisecond
                            assertThat(calcCell.getNumericCellValue()).as(where)
                                    .isCloseTo(cell.getNumericCellValue(), org.assertj.core.data.Offset.offset(1e-8));
                            if (date) {
                                dates++;
                            } else {
                                numbers++;
                            }
                        } else {
                            assertThat(calcCell.getStringCellValue()).as(where).isEqualTo(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        // received and kept-until on every row, the start dates and stay dates; staff counts, years, durations
        assertThat(dates).isGreaterThanOrEqualTo(8);
        assertThat(numbers).isGreaterThanOrEqualTo(4);
    }

    static List<String> padded(List<String> row, int width) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
