package eu.mobilisesme.e2e;

import eu.mobilisesme.site.preview.PreviewServer;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.RequiredTool;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The product on this machine: the preview server (the baked site and the real handlers) over a dynalite of its
 * own, which a test may stop and restart.
 */
final class Site implements AutoCloseable {

    private final Dynalite dynalite;
    private final PreviewServer preview;
    private final Submissions submissions;
    private final List<Path> folders;

    private Site(Dynalite dynalite, PreviewServer preview, List<Path> folders) {
        this.dynalite = dynalite;
        this.preview = preview;
        this.folders = folders;
        this.submissions = new Submissions(dynalite.client(), PreviewServer.TABLE);
    }

    /** Starts dynalite (with a data folder, so {@link #dynalite()} can be restarted without losing the table). */
    static Site start() {
        Path data = temporaryFolder("mobilisesme-e2e-dynalite-");
        Dynalite dynalite;
        try {
            dynalite = Dynalite.start(data);
        } catch (Dynalite.ToolMissing missing) {
            throw RequiredTool.missing("dynalite", missing.getMessage());
        }
        Path unused = temporaryFolder("mobilisesme-e2e-unused-");
        Path outbox = temporaryFolder("mobilisesme-e2e-outbox-");
        try {
            PreviewServer preview = PreviewServer.start(repositoryRoot(), 0, Optional.of(dynalite.endpoint()), unused,
                    outbox);
            return new Site(dynalite, preview, List.of(data, unused, outbox));
        } catch (IOException | RuntimeException e) {
            dynalite.close();
            deleteRecursively(data);
            deleteRecursively(unused);
            deleteRecursively(outbox);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The folder holding content/, templates/ and site/, found upwards from the working directory. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("site/jbake.properties")) && Files.isDirectory(dir.resolve("content"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (site/jbake.properties) above " + Path.of("").toAbsolutePath());
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PreviewServer preview() {
        return preview;
    }

    Dynalite dynalite() {
        return dynalite;
    }

    Submissions submissions() {
        return submissions;
    }

    URI url(String path) {
        return preview.url().resolve(path);
    }

    /** Deletes a temporary folder; one left behind is harmless. */
    static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        preview.close();
        dynalite.close();
        folders.forEach(Site::deleteRecursively);
    }
}
