package eu.mobilisesme.review.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.items.DynamoJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the exports in the folders staff downloaded (an export folder itself, or any folder above it such as the
 * bucket prefix holding {@code AWSDynamoDB/<ExportId>/}) and resolves each data file named in
 * {@code manifest-files.json}. Every listed file must be there before anything is read.
 */
public final class ExportFolders {

    public static final String FILES_MANIFEST = "manifest-files.json";
    private static final int SEARCH_DEPTH = 5;

    private ExportFolders() {
    }

    /** Every export under the given folders, oldest first (full exports before incremental ones of the same time). */
    public static List<Export> discover(List<Path> roots) {
        return discover(roots, problem -> {
            throw problem;
        });
    }

    /**
     * Like {@link #discover(List)}, but a data file that is listed and missing goes to {@code missing} and is left
     * out of its export, so that {@code verify} can go on and list every problem.
     */
    public static List<Export> discover(List<Path> roots, java.util.function.Consumer<ReviewException> missing) {
        List<Export> exports = new ArrayList<>();
        for (Path root : roots) {
            Path top = root.toAbsolutePath().normalize();
            if (!Files.exists(top)) {
                throw ReviewException.of(eu.mobilisesme.review.ExitCode.USAGE, null, "error.noFolder", root,
                        "--export");
            }
            if (!Files.isDirectory(top)) {
                throw ReviewException.of(eu.mobilisesme.review.ExitCode.USAGE, null, "error.notAFolder", root);
            }
            if (!Files.isReadable(top) || !Files.isExecutable(top)) {
                throw ReviewException.of(eu.mobilisesme.review.ExitCode.IO, null, "error.folderNotAllowed", root);
            }
            List<Path> found = manifestFolders(top);
            if (found.isEmpty()) {
                throw ReviewException.badExportOf("error.noSummary", ExportSummary.FILE, root);
            }
            for (Path folder : found) {
                exports.add(read(top, folder, missing));
            }
        }
        exports.sort(Comparator.comparing((Export e) -> e.summary().windowEnd())
                .thenComparing(Export::incremental).thenComparing(e -> e.folder().toString()));
        return List.copyOf(exports);
    }

    private static List<Path> manifestFolders(Path top) {
        if (ExportSummary.exists(top)) {
            return List.of(top);
        }
        try (Stream<Path> paths = Files.find(top, SEARCH_DEPTH,
                (path, attributes) -> attributes.isRegularFile()
                        && path.getFileName().toString().equals(ExportSummary.FILE))) {
            return paths.map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw ReviewException.of(eu.mobilisesme.review.ExitCode.IO, e, "error.unreadableFolder", top,
                    e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            // a folder below that cannot be opened, met while searching
            throw ReviewException.of(eu.mobilisesme.review.ExitCode.IO, e, "error.unreadableFolder",
                    e.getCause() instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                            ? fs.getFile() : top, e.getCause().getMessage());
        }
    }

    static Export read(Path top, Path folder) {
        return read(top, folder, problem -> {
            throw problem;
        });
    }

    static Export read(Path top, Path folder, java.util.function.Consumer<ReviewException> missing) {
        ExportSummary summary = ExportSummary.read(folder.resolve(ExportSummary.FILE));
        Path manifest = folder.resolve(FILES_MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw ReviewException.badExportOf("error.missingManifest", manifest);
        }
        List<DataFile> files = new ArrayList<>();
        long total = 0;
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    DataFile file = dataFile(top, folder, manifest, number, line, missing);
                    if (file != null) {
                        total += file.itemCount();
                        files.add(file);
                    } else {
                        total = -1;
                    }
                }
            }
        } catch (IOException e) {
            throw ReviewException.badExportOf("error.cannotRead", manifest, e.getMessage());
        }
        if (summary.itemCount() >= 0 && total >= 0 && summary.itemCount() != total) {
            throw ReviewException.badExportOf("error.summaryCount", folder.resolve(ExportSummary.FILE),
                    summary.itemCount(), FILES_MANIFEST, total);
        }
        return new Export(folder, summary, files);
    }

    private static DataFile dataFile(Path top, Path folder, Path manifest, int number, String line,
                                     java.util.function.Consumer<ReviewException> missing) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = DynamoJson.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isScalarValue()) {
                    fields.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw ReviewException.badExportOf("error.manifestJson", manifest, String.valueOf(number), e.getMessage());
        }
        String key = fields.get("dataFileS3Key");
        String md5 = fields.get("md5Checksum");
        String count = fields.get("itemCount");
        if (key == null || md5 == null || count == null) {
            throw ReviewException.badExportOf("error.manifestFields", manifest, String.valueOf(number));
        }
        long itemCount;
        try {
            itemCount = Long.parseLong(count);
        } catch (NumberFormatException e) {
            throw ReviewException.badExportOf("error.manifestCount", manifest, String.valueOf(number), count);
        }
        Path path;
        try {
            path = locate(top, folder, key);
        } catch (ReviewException problem) {
            missing.accept(problem);
            return null;
        }
        return new DataFile(key, path, itemCount, md5);
    }

    /**
     * The file for an S3 key: the longest tail of the key found in the export folder or a folder above it, up to
     * the folder staff named. Keys with {@code ..} are refused, so a manifest cannot point outside that folder.
     */
    static Path locate(Path top, Path folder, String key) {
        List<String> parts = List.of(key.split("/"));
        if (parts.contains("..") || parts.contains(".") || key.startsWith("/") || key.contains("\\")) {
            throw ReviewException.badExportOf("error.keyLeaves", key);
        }
        for (Path base = folder; base != null && base.startsWith(top); base = base.getParent()) {
            for (int from = 0; from < Math.max(1, parts.size() - 1); from++) {
                Path candidate = base.resolve(String.join("/", parts.subList(from, parts.size())));
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        String tail = String.join("/", parts.subList(Math.max(0, parts.size() - 2), parts.size()));
        throw ReviewException.badExportOf("error.dataFileMissing", key, folder.resolve(FILES_MANIFEST),
                folder.resolve(tail));
    }
}
