package eu.mobilisesme.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.site.content.ContentPage;
import eu.mobilisesme.site.content.ContentParity;
import eu.mobilisesme.site.content.Figures;
import eu.mobilisesme.site.content.Markers;
import eu.mobilisesme.site.content.UiStringParity;
import eu.mobilisesme.site.content.UnconfirmedPoints;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes the site with JBake from Java, so the site host and API base can be set per bake and the custom model
 * extractors are on JBake's class path. JBake keeps static state (content store, document types, extractors):
 * bakes are serialized here, and callers such as a preview server must bake through this class only.
 */
public final class Baker {

    public static final Set<String> PROGRAMME_STATUSES = Set.of("open", "collecting", "closed");
    static final String PROGRAMME_STATUS = "site.programmeStatus";
    static final String API_BASE = "site.apiBase";
    static final String ASSET_VERSION = "site.assetVersion";
    /** {@code fail} (the default) or {@code warn}: what a translation whose facts differ from English does. */
    static final String PARITY = "site.parity";
    static final String REFERENCE_LANGUAGE = "en";

    /** OrientDB logs its start-up at INFO through java.util.logging; held strongly, JUL keeps loggers weakly. */
    private static final Logger ORIENTDB_LOG = quiet("com.orientechnologies");

    /** What a bake produced. */
    public record Result(Path output, int files, Duration duration) {
    }

    private Baker() {
    }

    /** Bakes the site module found from the working directory (or {@code -Dmobilisesme.site.dir}) into {@code out}. */
    public static Result bake(Path out, String siteHost, String apiBase) {
        return bake(siteFolder(), out, siteHost, apiBase);
    }

    /**
     * Bakes {@code source} (the folder holding {@code jbake.properties}) into {@code out}, replacing what a previous
     * bake left there only once the new bake is complete.
     *
     * @param siteHost absolute http(s) URL of the deployed site, used in canonical, hreflang, feed and sitemap links
     * @param apiBase absolute http(s) URL prefixed to the form endpoints, or empty for the site's own origin
     * @throws BakeFailedException on rendering errors, a bad setting, or a content file that produced no page
     */
    public static synchronized Result bake(Path source, Path out, String siteHost, String apiBase) {
        long start = System.nanoTime();
        String host = absoluteUrl("site host", siteHost, false);
        String api = absoluteUrl("API base", apiBase, true);
        Path target = out.toAbsolutePath().normalize();
        Path staging = target.resolveSibling(target.getFileName() + ".baking");
        deleteRecursively(staging);
        try {
            DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
            cfg.setSiteHost(host);
            cfg.setProperty(API_BASE, api);
            cfg.setProperty(ASSET_VERSION, assetVersion(cfg.getAssetFolder().toPath()));
            checkProgrammeStatus(cfg);
            Markers markers = checkContent(cfg);
            Oven oven = new Oven(cfg);
            oven.bake();
            if (!oven.getErrors().isEmpty()) {
                throw new BakeFailedException("JBake reported " + oven.getErrors().size() + " error(s): "
                        + oven.getErrors().stream().map(Throwable::toString).collect(Collectors.joining("; ")),
                        oven.getErrors().get(0));
            }
            List<String> missing = ContentOutputs.missing(cfg.getContentFolder().toPath(), staging);
            if (!missing.isEmpty()) {
                throw new BakeFailedException("Content files produced no page (bad header, unknown type or not "
                        + "status=published): " + missing);
            }
            List<String> homeless = markers.renderAll(staging, Languages.SUPPORTED);
            if (!homeless.isEmpty()) {
                throw new BakeFailedException("Markers ({{…}}) in pages outside a language folder: " + homeless);
            }
            replace(target, staging);
            return new Result(target, countFiles(target), Duration.ofNanos(System.nanoTime() - start));
        } catch (BakeFailedException e) {
            deleteRecursively(staging);
            throw e;
        } catch (RuntimeException e) {
            deleteRecursively(staging);
            throw new BakeFailedException("The bake failed: " + e.getMessage(), e);
        }
    }

    /**
     * A short hash of every asset, appended to asset links ({@code ?v=}) so that browsers may cache assets for a year
     * and still fetch a changed one at once.
     */
    static String assetVersion(Path assets) {
        try (Stream<Path> files = Files.walk(assets)) {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha256.update(assets.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha256.update(Files.readAllBytes(file));
            }
            return java.util.HexFormat.of().formatHex(sha256.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** {@code -Dmobilisesme.site.dir}, else the working directory or its {@code site/} folder. */
    static Path siteFolder() {
        String configured = System.getProperty("mobilisesme.site.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here, here.resolve("site"))) {
            if (Files.isRegularFile(candidate.resolve("jbake.properties"))) {
                return candidate;
            }
        }
        throw new BakeFailedException("No jbake.properties in " + here + " or its site/ folder");
    }

    /**
     * Checks the content before JBake reads it: every marker is known, and every language has every page, every UI
     * string and the facts of the English page. Divergences fail the bake, or with {@code site.parity=warn} are
     * printed only. Returns the markers to render into the baked pages.
     */
    private static Markers checkContent(DefaultJBakeConfiguration cfg) {
        Path data = cfg.getDataFolder().toPath();
        Figures figures;
        UnconfirmedPoints points;
        try {
            figures = Figures.of(cfg).with(Figures.fillMinutes());
            points = UnconfirmedPoints.read(data);
        } catch (IllegalArgumentException e) {
            throw new BakeFailedException(e.getMessage());
        }
        List<String> problems = new java.util.ArrayList<>(points.gaps(Languages.SUPPORTED));
        List<ContentPage> pages = ContentPage.all(cfg.getContentFolder().toPath());
        Markers markers = new Markers(figures, points);
        problems.addAll(markers.check(pages));
        if (!problems.isEmpty()) {
            throw new BakeFailedException("Unknown markers or unconfirmed points:\n  " + String.join("\n  ", problems));
        }
        List<ContentParity.Divergence> divergences = new java.util.ArrayList<>(
                ContentParity.check(pages, Languages.SUPPORTED, REFERENCE_LANGUAGE));
        divergences.addAll(UiStringParity.check(data, Languages.SUPPORTED, REFERENCE_LANGUAGE));
        if (!divergences.isEmpty()) {
            String report = "The languages differ (" + divergences.size() + "):\n  " + divergences.stream()
                    .map(ContentParity.Divergence::toString).collect(Collectors.joining("\n  "));
            Object mode = cfg.get(PARITY);
            if (mode == null || "fail".equals(mode.toString())) {
                throw new BakeFailedException(report);
            }
            if (!"warn".equals(mode.toString())) {
                throw new BakeFailedException(PARITY + " must be fail or warn, not " + mode);
            }
            System.err.println("WARNING (" + PARITY + "=warn) " + report);
        }
        return markers;
    }

    private static void checkProgrammeStatus(DefaultJBakeConfiguration cfg) {
        Object status = cfg.get(PROGRAMME_STATUS);
        if (status == null || !PROGRAMME_STATUSES.contains(status.toString())) {
            throw new BakeFailedException(PROGRAMME_STATUS + " must be one of " + PROGRAMME_STATUSES + ", not " + status);
        }
    }

    static String absoluteUrl(String what, String value, boolean mayBeEmpty) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty() && mayBeEmpty) {
            return "";
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new BakeFailedException("The " + what + " is not a URL: " + value);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null || url.contains(",")) {
            throw new BakeFailedException("The " + what + " must be an absolute http(s) URL, not " + value);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Swaps the new bake in; an existing folder is removed only if it holds a previous bake (or nothing). */
    private static void replace(Path target, Path staging) {
        if (Files.exists(target)) {
            boolean previousBake = Files.isRegularFile(target.resolve("sitemap.xml"))
                    && Files.isRegularFile(target.resolve("404.html"));
            if (!previousBake && !isEmptyDirectory(target)) {
                throw new BakeFailedException("Not replacing " + target + ": it does not hold a previous bake");
            }
            deleteRecursively(target);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyDirectory(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
