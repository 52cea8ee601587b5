package eu.mobilisesme.review.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One CSV file per form, {@code <form>.csv} ({@code .tsv} when tab-separated), as Excel opens it cleanly across Europe: UTF-8 with a byte order mark,
 * CRLF line ends, every field quoted (RFC 4180, quotes doubled), a chosen delimiter ({@code ;} where the decimal
 * separator is a comma), and the {@link FormulaGuard} on every text cell.
 */
public final class CsvSheets implements SheetWriter {

    private static final char BOM = '\uFEFF';

    private final Path folder;
    private final CSVFormat format;
    private final String extension;
    private final Map<Path, Path> written = new LinkedHashMap<>();
    private CSVPrinter printer;

    public CsvSheets(Path folder, char delimiter) {
        this.folder = folder;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .get();
        this.extension = extension(delimiter);
    }

    /** Tab-separated files are {@code .tsv}, so that a spreadsheet program splits them without asking. */
    public static String extension(char delimiter) {
        return delimiter == '\t' ? ".tsv" : ".csv";
    }

    @Override
    public void startForm(FormColumns form) {
        closePrinter();
        Path target = folder.resolve(form.formId() + extension);
        Path temp = OutputFiles.temporaryFor(target);
        written.put(target, temp);
        try {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16);
            out.write(BOM);
            printer = new CSVPrinter(out, format);
            printer.printRecord(form.headers().stream().map(FormulaGuard::neutralise).toList());
        } catch (IOException e) {
            throw OutputFiles.cannotWrite(target, e);
        }
    }

    @Override
    public void row(List<Cell> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            values.add(FormulaGuard.neutralise(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw OutputFiles.cannotWrite(folder, e);
        }
    }

    @Override
    public List<Path> finish() {
        closePrinter();
        written.forEach((target, temp) -> OutputFiles.moveIntoPlace(temp, target));
        List<Path> files = List.copyOf(written.keySet());
        written.clear();
        return files;
    }

    private void closePrinter() {
        if (printer != null) {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw OutputFiles.cannotWrite(folder, e);
            } finally {
                printer = null;
            }
        }
    }

    @Override
    public void close() {
        try {
            if (printer != null) {
                printer.close();
            }
        } catch (IOException ignored) {
            // the partial file is deleted below
        }
        printer = null;
        written.values().forEach(OutputFiles::deleteQuietly);
        written.clear();
    }
}
