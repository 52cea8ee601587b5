package eu.mobilisesme.e2e;

import eu.mobilisesme.site.preview.PreviewServer;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The product as a visitor meets it: the preview server (the baked site and the real handlers) over a dynalite of
 * its own, and one browser with JavaScript and one without, started on first use and kept until the end.
 */
final class Site implements AutoCloseable {

    enum Scripting { ON, OFF }

    private final Dynalite dynalite;
    private final PreviewServer preview;
    private final Submissions submissions;
    private final Map<Scripting, Browser> browsers = new EnumMap<>(Scripting.class);

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

    /** The shared browser of that kind; the first call starts it (or skips/fails when Chromium is missing). */
    synchronized Browser browser(Scripting scripting) {
        return browsers.computeIfAbsent(scripting, s -> Chromium.start(s == Scripting.ON));
    }

    synchronized Map<Scripting, Browser> openBrowsers() {
        return Map.copyOf(browsers);
    }

    @Override
    public synchronized void close() {
        browsers.values().forEach(Browser::close);
        browsers.clear();
        preview.close();
        dynalite.close();
    }
}
