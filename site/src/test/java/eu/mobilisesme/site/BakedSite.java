package eu.mobilisesme.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site baked once per test JVM into a temporary folder, shared by every site test (and later ones: keep
 * {@link #output()}). JBake's state is static, so nothing else may bake while this runs.
 */
public final class BakedSite {

    public static final String SITE_HOST = "https://mobilisesme.example.eu";

    private static Path output;
    private static Baker.Result result;
    private static final Map<Path, Document> PARSED = new ConcurrentHashMap<>();

    private BakedSite() {
    }

    /** The folder of the baked site; bakes it on first use. */
    public static synchronized Path output() {
        if (output == null) {
            try {
                Path folder = Files.createTempDirectory("mobilisesme-site-");
                result = Baker.bake(Baker.siteFolder(), folder.resolve("www"), SITE_HOST, "");
                output = result.output();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    static synchronized Baker.Result result() {
        output();
        return result;
    }

    /** The site module folder ({@code site/}), where surefire runs. */
    static Path siteFolder() {
        return Baker.siteFolder();
    }

    static Path contentFolder() {
        return siteFolder().resolve("../content").normalize();
    }

    /** Every baked HTML file, relative to the output folder, in a stable order. */
    static List<Path> htmlPages() {
        return files(".html");
    }

    static List<Path> files(String extension) {
        Path root = output();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A baked page parsed with jsoup, its base URI being its address on the site host. */
    static Document page(Path relative) {
        return PARSED.computeIfAbsent(relative, p -> {
            try {
                return Jsoup.parse(output().resolve(p).toFile(), "UTF-8", SITE_HOST + "/" + urlPath(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The address path of a baked file: {@code en/about/} for {@code en/about/index.html}. */
    static String urlPath(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** The baked file an address path points to ({@code index.html} for a folder), if any. */
    static Path fileFor(String urlPath) {
        String path = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return output().resolve(path).normalize();
    }
}
