package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One XLSX workbook with a sheet per form, streamed with POI's SXSSF: only a window of rows is in memory, the rest
 * goes to temporary files (deleted at the end). Made to work in: short bold headers with the full question as a
 * comment, the header row frozen and filtered, columns as wide as their content with text wrapping, numbers as
 * numeric cells and days and times as date cells (so they sort and compute), and every page printable in landscape
 * with the header repeated. Text cells are string cells in the Text format, so nothing is ever evaluated and no
 * apostrophe is needed, even when staff edit a cell.
 */
public final class XlsxWorkbook implements SheetWriter {

    /** Excel's limit; longer text is cut and flagged. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT_MARK = " […]";
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Column widths, in characters. */
    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 50;
    private static final int HEADER_LINES = 4;
    private static final float LINE_POINTS = 15f;

    private final Path target;
    private final Consumer<String> warn;
    private final Texts texts;
    private final SXSSFWorkbook workbook = new StreamingWorkbook();
    private final CellStyle textStyle;
    private final CellStyle integerStyle;
    private final CellStyle numberStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private final CellStyle headerStyle;
    private int[] widths = new int[0];
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
        DataFormat formats = workbook.createDataFormat();
        textStyle = style(formats.getFormat("@"), true);
        integerStyle = style(formats.getFormat("0"), false);
        numberStyle = style(formats.getFormat("General"), false);
        dateStyle = style(formats.getFormat("yyyy-mm-dd"), false);
        timeStyle = style(formats.getFormat("yyyy-mm-dd hh:mm"), false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = style(formats.getFormat("@"), true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
    }

    private CellStyle style(short format, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
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
        widths = new int[columns];
        header(form);
        sheet.createFreezePane(0, 1);
        printable();
    }

    /**
     * The short headers, bold on grey, each with the full question (or the full header) as its comment where
     * the short one leaves something out.
     */
    private void header(FormColumns form) {
        SXSSFRow row = sheet.createRow(rowNumber++);
        int lines = 1;
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        for (int i = 0; i < columns; i++) {
            Column column = form.columns().get(i);
            org.apache.poi.xssf.streaming.SXSSFCell cell = row.createCell(i);
            cell.setCellStyle(headerStyle);
            cell.setCellValue(column.shortHeader());
            widths[i] = Math.max(MIN_WIDTH, longestWord(column.shortHeader()));
            lines = Math.max(lines, (column.shortHeader().length() + widths[i] - 1) / widths[i]);
            if (!column.header().equals(column.shortHeader())) {
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 4);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(column.header()));
                cell.setCellComment(comment);
            }
        }
        // tall enough for the wrapped headers, which not every program fits by itself
        row.setHeightInPoints(Math.min(HEADER_LINES, lines) * LINE_POINTS);
    }

    /** Landscape A4, as wide as one page, the header row on every page, the sheet's name and page numbers. */
    private void printable() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        // Excel's header and footer codes: &A the sheet's name, &P the page, &N the number of pages
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setRight("&P / &N");
    }

    @Override
    public void row(List<Cell> cells) {
        if (rowNumber >= MAX_ROWS) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.tooManyRows", sheetName, MAX_ROWS);
        }
        SXSSFRow row = sheet.createRow(rowNumber++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.text().isEmpty()) {
                continue;
            }
            org.apache.poi.xssf.streaming.SXSSFCell target = row.createCell(i);
            switch (cell.kind()) {
                case NUMBER -> number(target, cell.text());
                case DATE -> {
                    target.setCellStyle(dateStyle);
                    target.setCellValue(cell.localDate());
                }
                case TIME -> {
                    target.setCellStyle(timeStyle);
                    target.setCellValue(cell.localDateTime());
                }
                default -> text(target, cell.text());
            }
            if (i < widths.length) {
                widths[i] = Math.max(widths[i], width(cell));
            }
        }
    }

    /**
     * A number cell when a spreadsheet holds the number exactly (15 significant digits, the precision of a
     * double); a longer number stays text, so that no digit is lost.
     */
    private void number(org.apache.poi.xssf.streaming.SXSSFCell target, String text) {
        BigDecimal exact = new BigDecimal(text);
        double value = exact.doubleValue();
        if (exact.precision() > 15 || !Double.isFinite(value)) {
            text(target, text);
            return;
        }
        target.setCellStyle(exact.stripTrailingZeros().scale() <= 0 ? integerStyle : numberStyle);
        target.setCellValue(value);
    }

    private void text(org.apache.poi.xssf.streaming.SXSSFCell target, String text) {
        String value = text;
        if (value.length() > MAX_CELL_CHARS) {
            value = value.substring(0, MAX_CELL_CHARS - CUT_MARK.length()) + CUT_MARK;
            cutCells++;
        }
        target.setCellStyle(textStyle);
        target.setCellValue(value);
    }

    /** The width a cell asks for, in characters: its longest line, dates as they show. */
    private static int width(Cell cell) {
        return switch (cell.kind()) {
            case DATE -> 11;
            case TIME -> 17;
            case NUMBER -> cell.text().length() + 2;
            default -> {
                int longest = 0;
                for (String line : cell.text().split("\\R", 20)) {
                    longest = Math.max(longest, line.length());
                }
                yield longest + 1;
            }
        };
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return Math.min(MAX_WIDTH, longest + 2);
    }

    /**
     * Columns as wide as their content, between 8 and 50 characters; text wraps inside that width, and the filter
     * covers every row. Widths go into the sheet when it is written, so they can follow all rows.
     */
    private void finishSheet() {
        if (sheet != null && columns > 0) {
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i])) * 256);
            }
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
