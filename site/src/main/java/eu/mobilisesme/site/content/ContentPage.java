package eu.mobilisesme.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Markdown file of {@code content/} as the checks before the bake read it: its path below the content folder
 * (with {@code /}), its JBake header and its body.
 */
public record ContentPage(String file, Map<String, String> header, String body) {

    static final String HEADER_END = "~~~~~~";

    /** Every {@code .md} file below {@code contentFolder}, sorted by path. */
    public static List<ContentPage> all(Path contentFolder) {
        try (Stream<Path> files = Files.walk(contentFolder)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(p -> read(contentFolder, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentPage read(Path contentFolder, Path file) {
        try {
            String relative = contentFolder.relativize(file).toString().replace('\\', '/');
            return parse(relative, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a file's text into header and body; a file without the header line is all body. */
    public static ContentPage parse(String file, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(HEADER_END)) {
                return new ContentPage(file, header, String.join("\n", List.of(lines).subList(i + 1, lines.length)));
            }
            int equals = lines[i].indexOf('=');
            if (equals > 0) {
                header.put(lines[i].substring(0, equals).strip(), lines[i].substring(equals + 1).strip());
            }
        }
        return new ContentPage(file, Map.of(), text);
    }

    /** The language folder, the first segment of the path. */
    public String folder() {
        int slash = file.indexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    public String lang() {
        return header.getOrDefault("lang", folder());
    }

    public String translationKey() {
        return header.get("translationKey");
    }

    public String type() {
        return header.getOrDefault("type", "");
    }

    public String title() {
        return header.getOrDefault("title", "");
    }

    /** The page's address below its language folder, as links reach it: {@code about/} for en/about/index.md. */
    public String address() {
        String below = file.substring(folder().length() + 1);
        String withoutExtension = below.substring(0, below.lastIndexOf('.'));
        if (withoutExtension.equals("index")) {
            return "";
        }
        return withoutExtension.endsWith("/index")
                ? withoutExtension.substring(0, withoutExtension.length() - "index".length())
                : withoutExtension + ".html";
    }
}
