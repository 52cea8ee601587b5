package eu.mobilisesme.site.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a bake reads. The preview compares their latest change with the last bake on each page request, so an
 * edited page or template shows on the next reload; a few hundred files take a millisecond to check.
 */
final class SiteSources {

    private final List<Path> roots;

    SiteSources(Path repository) {
        Path site = repository.resolve("site");
        this.roots = List.of(repository.resolve("content"), repository.resolve("templates"),
                site.resolve("public"), site.resolve("data"), site.resolve("jbake.properties"));
    }

    /** The newest modification time among the sources, in milliseconds. */
    long lastChange() {
        long newest = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                newest = Math.max(newest, files.mapToLong(SiteSources::modified).max().orElse(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
