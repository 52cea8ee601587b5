package eu.mobilisesme.review.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.items.DynamoJson;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Streams the lines of one gzip data file while checking it: the MD5 of the stored bytes and the number of lines
 * must match the manifest. Nothing of the file is held in memory beyond the current line.
 */
public final class DataFileReader {

    private static final int BUFFER = 1 << 16;

    private DataFileReader() {
    }

    /** Hands every line to {@code sink}; throws a {@link ReviewException} naming the file if it does not match. */
    public static void read(DataFile file, Consumer<ExportLine> sink) {
        MessageDigest md5 = md5();
        long lines = 0;
        String parseError = null;
        try (DigestInputStream raw = new DigestInputStream(
                new BufferedInputStream(Files.newInputStream(file.path()), BUFFER), md5)) {
            if (Files.size(file.path()) > 0) {
                try {
                    lines = parse(new GZIPInputStream(new Unclosable(raw), BUFFER), sink);
                } catch (IOException e) {
                    parseError = e.getMessage();
                }
            }
            raw.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw ReviewException.of(eu.mobilisesme.review.ExitCode.IO, e, "error.cannotRead", file.describe(),
                    e.getMessage());
        }
        String actual = Base64.getEncoder().encodeToString(md5.digest());
        if (!actual.equals(file.md5Checksum())) {
            throw ReviewException.badExportOf("error.checksum", file.describe(), actual, file.md5Checksum());
        }
        if (parseError != null) {
            throw ReviewException.badExportOf("error.cannotRead", file.describe(), parseError);
        }
        if (lines != file.itemCount()) {
            throw ReviewException.badExportOf("error.itemCount", file.describe(), lines, file.itemCount());
        }
    }

    private static long parse(InputStream gzip, Consumer<ExportLine> sink) throws IOException {
        long lines = 0;
        try (gzip; JsonParser p = DynamoJson.FACTORY.createParser(gzip)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                DynamoJson.expect(p, t, JsonToken.START_OBJECT, "a line holding one JSON object");
                sink.accept(line(p));
                lines++;
            }
        }
        return lines;
    }

    private static ExportLine line(JsonParser p) throws IOException {
        Map<String, AttributeValue> item = null;
        Map<String, AttributeValue> keys = null;
        Map<String, AttributeValue> newImage = null;
        Map<String, AttributeValue> oldImage = null;
        Long micros = null;
        boolean incremental = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "Item" -> item = DynamoJson.readItem(p);
                case "Keys" -> {
                    keys = DynamoJson.readItem(p);
                    incremental = true;
                }
                case "NewImage" -> newImage = DynamoJson.readItem(p);
                case "OldImage" -> oldImage = DynamoJson.readItem(p);
                case "Metadata" -> micros = writeMicros(p, value);
                default -> p.skipChildren();
            }
        }
        if (item == null && !incremental) {
            throw new IOException("a line has neither Item nor Keys, before " + DynamoJson.where(p));
        }
        return incremental ? new ExportLine(keys, newImage, oldImage, micros, true)
                : new ExportLine(null, item, null, null, false);
    }

    /** {@code {"WriteTimestampMicros":{"N":"…"}}}; a bare number is accepted too. */
    private static Long writeMicros(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Long micros = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("WriteTimestampMicros")) {
                String text = value == JsonToken.START_OBJECT ? DynamoJson.readValue(p).n() : p.getText();
                try {
                    micros = new BigDecimal(text).longValueExact();
                } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
                    throw new IOException("WriteTimestampMicros is not a whole number: " + text);
                }
            } else {
                p.skipChildren();
            }
        }
        return micros;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** Lets the gzip stream and parser close without closing the file, whose remaining bytes are still hashed. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
