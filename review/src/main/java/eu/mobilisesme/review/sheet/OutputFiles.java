package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Output files hold personal data: they are written beside their final name, readable by their owner only where
 * the file system allows it, and moved into place once complete.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    public static Path temporaryFor(Path target) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            temp.toFile().deleteOnExit();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            return temp;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    public static void moveIntoPlace(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    public static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover .part file is visible and harmless
        }
    }

    public static ReviewException cannotWrite(Path target, IOException e) {
        return ReviewException.of(ExitCode.IO, e, "error.cannotWrite", target, e.getMessage());
    }
}
