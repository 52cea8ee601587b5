package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One XLSX workbook with a sheet per form, streamed with POI's SXSSF: only a window of rows is in memory, the rest
 * goes to temporary files (deleted at the end). Every cell is a string cell in the Text format, so nothing is ever
 * evaluated and no apostrophe is needed, even when staff edit a cell.
 */
public final class XlsxWorkbook implements SheetWriter {

    /** Excel's limit; longer text is cut and flagged. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT_MARK = " […]";
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Path target;
    private final Consumer<String> warn;
    private final Texts texts;
    private final SXSSFWorkbook workbook = new StreamingWorkbook();
    private final CellStyle textStyle;
    private final CellStyle headerStyle;
    private SXSSFSheet sheet;
    private String sheetName;
    private int rowNumber;
    private int columns;
    private long cutCells;
    private Instant newest = Instant.EPOCH;

    /** A workbook that tells the console, in its language, about cells it had to cut. */
    public XlsxWorkbook(Path target, Console console) {
        this(target, console::warn, console.texts());
    }

    /** A workbook whose warnings go to {@code warn} in English. */
    public XlsxWorkbook(Path target, Consumer<String> warn) {
        this(target, warn, Texts.of("en"));
    }

    private XlsxWorkbook(Path target, Consumer<String> warn, Texts texts) {
        this.target = target;
        this.warn = warn;
        this.texts = texts;
        short text = workbook.createDataFormat().getFormat("@");
        textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(text);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setDataFormat(text);
        headerStyle.setFont(bold);
    }

    /** The workbook's creation date: the newest submission in it, so the same input gives the same bytes. */
    public void newestSubmission(Instant receivedAt) {
        if (receivedAt.isAfter(newest)) {
            newest = receivedAt;
        }
    }

    @Override
    public void startForm(FormColumns form) {
        finishSheet();
        sheetName = WorkbookUtil.createSafeSheetName(form.sheetName());
        sheet = workbook.createSheet(sheetName);
        columns = form.columns().size();
        rowNumber = 0;
        write(form.headers(), headerStyle);
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 24 * 256);
        }
    }

    @Override
    public void row(List<Cell> cells) {
        if (rowNumber >= MAX_ROWS) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.tooManyRows", sheetName, MAX_ROWS);
        }
        write(cells.stream().map(Cell::text).toList(), textStyle);
    }

    private void write(List<String> values, CellStyle style) {
        SXSSFRow row = sheet.createRow(rowNumber++);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > MAX_CELL_CHARS) {
                value = value.substring(0, MAX_CELL_CHARS - CUT_MARK.length()) + CUT_MARK;
                cutCells++;
            }
            org.apache.poi.xssf.streaming.SXSSFCell cell = row.createCell(i);
            cell.setCellStyle(style);
            cell.setCellValue(value);
        }
    }

    private void finishSheet() {
        if (sheet != null && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber - 1), 0, columns - 1));
        }
    }

    @Override
    public List<Path> finish() {
        finishSheet();
        if (cutCells > 0) {
            warn.accept(texts.format("xlsx.cutCells", texts.count("cell", cutCells), MAX_CELL_CHARS,
                    CUT_MARK.strip(), target.getFileName().toString()));
        }
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(Date.from(newest)));
        Path temp = OutputFiles.temporaryFor(target);
        try (OutputStream out = Files.newOutputStream(temp)) {
            workbook.write(out);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(target, e);
        } finally {
            workbook.dispose();
        }
        OutputFiles.moveIntoPlace(temp, target);
        return List.of(target);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // temporary files are removed by dispose
        }
        workbook.dispose();
    }
}
