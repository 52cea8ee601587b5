package eu.mobilisesme.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds content files that produced no page. JBake skips a file with a bad header or an unknown type with only a
 * warning, and renders drafts under another name ({@code x-draft.html}); both leave the expected output missing.
 */
public final class ContentOutputs {

    /** Output extensions a content file may get: pages, and the .xml document types (feeds, sitemaps). */
    private static final List<String> OUTPUT_EXTENSIONS = List.of(".html", ".xml");

    private ContentOutputs() {
    }

    /** Content files (relative to {@code contentFolder}) without a baked output in {@code outputFolder}. */
    public static List<String> missing(Path contentFolder, Path outputFolder) {
        try (Stream<Path> files = Files.walk(contentFolder)) {
            return files.filter(Files::isRegularFile)
                    .map(contentFolder::relativize)
                    .filter(ContentOutputs::isContent)
                    .filter(file -> !baked(file, outputFolder))
                    .map(file -> file.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isContent(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".html");
    }

    private static boolean baked(Path file, Path outputFolder) {
        String name = file.toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return OUTPUT_EXTENSIONS.stream().anyMatch(ext -> Files.isRegularFile(outputFolder.resolve(base + ext)));
    }
}
