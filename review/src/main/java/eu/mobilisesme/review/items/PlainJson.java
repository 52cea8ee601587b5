package eu.mobilisesme.review.items;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute values as everyday JSON for people to read: numbers as numbers, sets as sorted arrays, maps with
 * sorted keys, binary as base64. Used for the {@code extra} column and for access requests.
 */
public final class PlainJson {

    private PlainJson() {
    }

    public static String of(Map<String, AttributeValue> attributes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = DynamoJson.FACTORY.createGenerator(out)) {
            writeObject(g, attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One value as JSON text, e.g. {@code ["a","b"]} for a string set. */
    public static String value(AttributeValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = DynamoJson.FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Sorts numbers by value; text that is no number goes last. */
    public static final Comparator<String> NUMERIC = Comparator.comparing(PlainJson::decimal,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public static void writeObject(JsonGenerator g, Map<String, AttributeValue> attributes) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(attributes).entrySet()) {
            g.writeFieldName(e.getKey());
            write(g, e.getValue());
        }
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, AttributeValue v) throws IOException {
        switch (v.type()) {
            case S -> g.writeString(v.s());
            case N -> number(g, v.n());
            case B -> g.writeString(DynamoJson.base64(v.b()));
            case BOOL -> g.writeBoolean(v.bool());
            case NUL -> g.writeNull();
            case M -> writeObject(g, v.m());
            case L -> {
                g.writeStartArray();
                for (AttributeValue element : v.l()) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case SS -> strings(g, v.ss().stream().sorted().toList());
            case NS -> {
                g.writeStartArray();
                for (String n : v.ns().stream().sorted(NUMERIC).toList()) {
                    number(g, n);
                }
                g.writeEndArray();
            }
            case BS -> strings(g, v.bs().stream().map(DynamoJson::base64).sorted().toList());
            default -> g.writeNull();
        }
    }

    /** A number DynamoDB would not have accepted stays a string rather than break the JSON. */
    private static void number(JsonGenerator g, String text) throws IOException {
        if (decimal(text) != null) {
            g.writeNumber(text);
        } else {
            g.writeString(text);
        }
    }

    public static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
