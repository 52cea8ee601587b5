package eu.mobilisesme.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of site/ (settings, assets, data), content/ and templates/, laid out as in the repository. */
final class SiteCopy {

    private SiteCopy() {
    }

    /** Copies the site whose {@code site/} folder is given into {@code target}; returns the copy's site folder. */
    static Path of(Path siteFolder, Path target) {
        Path repository = siteFolder.toAbsolutePath().normalize().getParent();
        for (String folder : List.of("site/jbake.properties", "site/public", "site/data", "content", "templates")) {
            copy(repository.resolve(folder), target.resolve(folder));
        }
        return target.resolve("site");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copied = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else {
                    Files.createDirectories(copied.getParent());
                    Files.copy(file, copied);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
