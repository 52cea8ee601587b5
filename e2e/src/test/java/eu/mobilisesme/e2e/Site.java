package eu.mobilisesme.e2e;

import eu.mobilisesme.site.preview.PreviewServer;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The product on this machine: the preview server (the baked site and the real handlers) over a dynalite of its
 * own, which a test may stop and restart.
 */
final class Site implements AutoCloseable {

    private final Dynalite dynalite;
    private final PreviewServer preview;
    private final Submissions submissions;

    private Site(Dynalite dynalite, PreviewServer preview) {
        this.dynalite = dynalite;
        this.preview = preview;
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
        try {
            PreviewServer preview = PreviewServer.start(repositoryRoot(), 0, Optional.of(dynalite.endpoint()),
                    temporaryFolder("mobilisesme-e2e-unused-"));
            return new Site(dynalite, preview);
        } catch (IOException | RuntimeException e) {
            dynalite.close();
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

    @Override
    public void close() {
        preview.close();
        dynalite.close();
    }
}
