package eu.mobilisesme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where each page of a language is served, read from the content files' headers ({@code translationKey=}), so the
 * tests follow the content when a page is renamed. {@code de/kontakt/index.md} is {@code /de/kontakt/};
 * {@code de/404.md} is {@code /de/404.html}.
 */
final class SitePages {

    private final Map<String, String> pathByLangAndKey = new HashMap<>();

    private SitePages(Path content) {
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                key(file).ifPresent(key -> {
                    Path relative = content.relativize(file);
                    String lang = relative.getName(0).toString();
                    pathByLangAndKey.put(lang + "/" + key, path(relative));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SitePages of(Path repositoryRoot) {
        return new SitePages(repositoryRoot.resolve("content"));
    }

    /** Every page's served path, sorted. */
    List<String> all() {
        return pathByLangAndKey.values().stream().sorted().toList();
    }

    /** The served path of the page with this translation key in this language. */
    String path(String lang, String translationKey) {
        String path = pathByLangAndKey.get(lang + "/" + translationKey);
        if (path == null) {
            throw new IllegalArgumentException("No page " + translationKey + " in content/" + lang);
        }
        return path;
    }

    private static String path(Path relative) {
        String unix = relative.toString().replace('\\', '/');
        if (unix.endsWith("/index.md")) {
            return "/" + unix.substring(0, unix.length() - "index.md".length());
        }
        return "/" + unix.substring(0, unix.length() - ".md".length()) + ".html";
    }

    private static Optional<String> key(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.startsWith("~~~~~~")) {
                break;
            }
            if (line.startsWith("translationKey=")) {
                return Optional.of(line.substring("translationKey=".length()).strip());
            }
        }
        return Optional.empty();
    }
}
