package eu.mobilisesme.review.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's streaming workbook with a ZIP every spreadsheet program reads, and steadier: every entry is dated 2000-01-01 00:00 (POI stamps the time of
 * writing, so the same rows would give different bytes), and the sheets are compressed at the fastest level,
 * which writes 100,000 rows several times faster for a file about a third larger.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they go to the temporary file. */
    static final int WINDOW = 200;

    StreamingWorkbook() {
        super(null, WINDOW, false, false);
        // SXSSF's default writes ZIP64 records for every entry, which LibreOffice Calc 7.4 refuses ("source file
        // could not be loaded"); ZIP64 is only needed past 4 GB, and then commons-compress adds it by itself.
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new SteadyZip(out);
        zip.setUseZip64(zip64Mode);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    private static final class SteadyZip extends ZipArchiveOutputStream {
        SteadyZip(OutputStream out) {
            super(out);
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            // ZIP (DOS) times are local times: this instant reads 2000-01-01 00:00 in whatever zone the JVM runs,
            // well inside the DOS range, so no zone-dependent extended timestamp is added.
            entry.setTime(LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant()
                    .toEpochMilli());
            super.putArchiveEntry(entry);
        }
    }
}
