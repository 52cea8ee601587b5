package eu.mobilisesme.review.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.items.DynamoJson;
import eu.mobilisesme.review.items.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code manifest-summary.json} says about one export. Only {@code DYNAMODB_JSON} is read; an incremental
 * export is recognised by {@code exportType}, and its window end ({@code exportToTime}) orders it after others.
 */
public record ExportSummary(String exportArn, Instant exportTime, boolean incremental, String outputFormat,
                            long itemCount, String manifestFilesKey, Instant windowEnd) {

    public static final String FILE = "manifest-summary.json";
    public static final String SUPPORTED_FORMAT = "DYNAMODB_JSON";

    /** The export's id, the last part of its ARN, e.g. {@code 01234567890123-a1b2c3d4}. */
    public String exportId() {
        return exportArn == null ? "?" : exportArn.substring(exportArn.lastIndexOf('/') + 1);
    }

    public static ExportSummary read(Path file) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = DynamoJson.FACTORY.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isScalarValue()) {
                    fields.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw ReviewException.badExportOf("error.cannotRead", file, e.getMessage());
        }
        String format = fields.getOrDefault("outputFormat", SUPPORTED_FORMAT);
        if (!SUPPORTED_FORMAT.equals(format)) {
            throw ReviewException.badExportOf("error.exportFormat", file, format, SUPPORTED_FORMAT);
        }
        String type = fields.getOrDefault("exportType", "FULL_EXPORT");
        if (!type.equals("FULL_EXPORT") && !type.equals("INCREMENTAL_EXPORT")) {
            throw ReviewException.badExportOf("error.exportType", file, type);
        }
        Instant exportTime = time(file, fields, "exportTime")
                .orElseGet(() -> time(file, fields, "endTime").orElse(null));
        if (exportTime == null) {
            throw ReviewException.badExportOf("error.noExportTime", file);
        }
        String count = fields.get("itemCount");
        return new ExportSummary(fields.get("exportArn"), exportTime, type.equals("INCREMENTAL_EXPORT"), format,
                count == null ? -1 : parseCount(file, count), fields.get("manifestFilesS3Key"),
                time(file, fields, "exportToTime").orElse(exportTime));
    }

    private static java.util.Optional<Instant> time(Path file, Map<String, String> fields, String name) {
        String text = fields.get(name);
        if (text == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Item.instant(text)
                .or(() -> epochSeconds(text))
                .orElseThrow(() -> ReviewException.badExportOf("error.notATime", file, name, text)));
    }

    private static java.util.Optional<Instant> epochSeconds(String text) {
        try {
            return java.util.Optional.of(Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static long parseCount(Path file, String count) {
        try {
            return Long.parseLong(count);
        } catch (NumberFormatException e) {
            throw ReviewException.badExportOf("error.summaryItemCount", file, count);
        }
    }

    static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }
}
