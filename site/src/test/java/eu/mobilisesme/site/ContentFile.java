package eu.mobilisesme.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A Markdown file under content/ with its JBake header, and where its baked output must be. */
record ContentFile(Path relative, Map<String, String> header) {

    static final Set<String> XML_TYPES = Set.of("langfeed", "langsitemap");

    static List<ContentFile> all() {
        Path root = BakedSite.contentFolder();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .map(p -> new ContentFile(root.relativize(p), header(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> header(Path file) {
        Map<String, String> header = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("~~~~~~")) {
                    break;
                }
                int equals = line.indexOf('=');
                if (equals > 0) {
                    header.put(line.substring(0, equals).strip(), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return header;
    }

    /** The language folder the file is in. */
    String folderLanguage() {
        return relative.getName(0).toString();
    }

    String lang() {
        return header.get("lang");
    }

    String type() {
        return header.get("type");
    }

    String translationKey() {
        return header.get("translationKey");
    }

    boolean isHtml() {
        return !XML_TYPES.contains(type());
    }

    /** The baked file, relative to the output folder. */
    Path output() {
        String name = relative.toString().replace('\\', '/');
        return Path.of(name.substring(0, name.length() - ".md".length()) + (isHtml() ? ".html" : ".xml"));
    }
}
