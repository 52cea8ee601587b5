package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {

    @TempDir
    Path temp;

    Path write(String name, List<String> warnings, List<Cell> row) {
        Path file = temp.resolve(name);
        try (XlsxWorkbook workbook = new XlsxWorkbook(file, warnings::add)) {
            workbook.startForm(FormColumns.of("contact", Labels.of("en", w -> { })));
            workbook.row(row);
            workbook.newestSubmission(Instant.parse("2026-03-01T10:00:00Z"));
            workbook.finish();
        }
        return file;
    }

    static List<Cell> row(String text) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < FormColumns.of("contact", Labels.of("en", w -> { })).columns().size(); i++) {
            cells.add(Cell.text(i == 3 ? text : "cell " + i));
        }
        return cells;
    }

    @Test
    void a_number_longer_than_a_spreadsheet_holds_stays_text_with_every_digit() throws Exception {
        List<Cell> cells = row("Ana");
        cells.set(1, Cell.number("12345678901234567890"));
        cells.set(2, Cell.number("-1.25"));
        Path file = write("numbers.xlsx", new ArrayList<>(), cells);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("12345678901234567890");
            assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-1.25);
        }
    }

    @Test
    void the_zip_has_no_zip64_records_which_libreoffice_7_4_cannot_read() throws Exception {
        byte[] bytes = Files.readAllBytes(write("plain.xlsx", new ArrayList<>(), row("Ana")));

        // ZIP64 end of central directory record and locator, and the ZIP64 extra field header (0x0001, size 16)
        assertThat(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x06})).isNegative();
        assertThat(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x07})).isNegative();
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipFile.Builder().setFile(
                temp.resolve("plain.xlsx").toFile()).get()) {
            zip.getEntries().asIterator().forEachRemaining(entry -> assertThat(entry.getExtraField(
                    new org.apache.commons.compress.archivers.zip.ZipShort(0x0001)))
                    .as(entry.getName()).isNull());
        }
    }

    static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void the_same_rows_give_the_same_bytes_in_any_time_zone() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Path utc = write("utc.xlsx", new ArrayList<>(), row("Ana"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Path tokyo = write("tokyo.xlsx", new ArrayList<>(), row("Ana"));

            assertThat(Files.readAllBytes(tokyo)).isEqualTo(Files.readAllBytes(utc));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void text_longer_than_excel_allows_is_cut_marked_and_reported() {
        List<String> warnings = new ArrayList<>();
        String tooLong = "x".repeat(XlsxWorkbook.MAX_CELL_CHARS + 10);

        Path file = write("long.xlsx", warnings, row(tooLong));

        String cell = Sheets.xlsx(file).get(0).rows().get(1).get(3);
        assertThat(cell).hasSize(XlsxWorkbook.MAX_CELL_CHARS).endsWith(XlsxWorkbook.CUT_MARK);
        assertThat(warnings).singleElement().asString().contains("In long.xlsx, cells longer than Excel's 32,767 characters end with \"[…]\": 1 cell;");
    }
}
