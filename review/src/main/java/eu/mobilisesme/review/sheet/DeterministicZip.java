package eu.mobilisesme.review.sheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP file (an XLSX) with every entry dated 1980-01-01, in the same order, so that the same rows give
 * the same bytes: POI stamps entries with the time of writing.
 */
final class DeterministicZip {

    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    static void rewrite(Path zip) {
        Path temp = OutputFiles.temporaryFor(zip);
        try {
            try (ZipFile in = new ZipFile(zip.toFile());
                 ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                         1 << 16))) {
                Enumeration<? extends ZipEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(FIXED);
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(temp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(zip, e);
        }
    }
}
