package eu.mobilisesme.review.items;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON ({@code {"name":{"S":"text"}}}) to and from the SDK's {@link AttributeValue}, with Jackson's
 * streaming parser only. Numbers stay the decimal strings DynamoDB stores, so nothing is rounded.
 */
public final class DynamoJson {

    public static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DynamoJson() {
    }

    /** Reads an attribute map; the parser stands on its {@code START_OBJECT}. */
    public static Map<String, AttributeValue> readItem(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, "an item (a JSON object)");
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            item.put(name, readValue(p));
        }
        return item;
    }

    /** Reads one typed value such as {@code {"SS":["a","b"]}}; the parser stands on its {@code START_OBJECT}. */
    public static AttributeValue readValue(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, "a typed value such as {\"S\":\"text\"}");
        expect(p, p.nextToken(), JsonToken.FIELD_NAME, "a type name (S, N, BOOL, NULL, M, L, SS, NS, B, BS)");
        String type = p.currentName();
        JsonToken token = p.nextToken();
        AttributeValue value = switch (type) {
            case "S" -> AttributeValue.fromS(text(p, token));
            case "N" -> AttributeValue.fromN(number(p, token));
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(p.getBinaryValue()));
            case "BOOL" -> AttributeValue.fromBool(p.getBooleanValue());
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> AttributeValue.fromM(readItem(p));
            case "L" -> AttributeValue.fromL(list(p, token));
            case "SS" -> AttributeValue.fromSs(strings(p, token, false));
            case "NS" -> AttributeValue.fromNs(strings(p, token, true));
            case "BS" -> AttributeValue.fromBs(binaries(p, token));
            default -> throw new IOException("unknown DynamoDB type '" + type + "' at " + where(p));
        };
        expect(p, p.nextToken(), JsonToken.END_OBJECT, "the end of the typed value (one type per value)");
        return value;
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        expect(p, token, JsonToken.VALUE_STRING, "a string");
        return p.getText();
    }

    /** Exports write numbers as strings; a bare JSON number is accepted too. */
    private static String number(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        return text(p, token);
    }

    private static List<AttributeValue> list(JsonParser p, JsonToken token) throws IOException {
        expect(p, token, JsonToken.START_ARRAY, "a list");
        List<AttributeValue> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(readValue(p));
        }
        return values;
    }

    private static List<String> strings(JsonParser p, JsonToken token, boolean numbers) throws IOException {
        expect(p, token, JsonToken.START_ARRAY, "a set");
        List<String> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            values.add(numbers ? number(p, t) : text(p, t));
        }
        return values;
    }

    private static List<SdkBytes> binaries(JsonParser p, JsonToken token) throws IOException {
        expect(p, token, JsonToken.START_ARRAY, "a binary set");
        List<SdkBytes> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(SdkBytes.fromByteArray(p.getBinaryValue()));
        }
        return values;
    }

    public static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + what + " at " + where(p) + ", found " + actual);
        }
    }

    public static String where(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    /** Writes an item as DynamoDB JSON, attributes in name order. */
    public static void writeItem(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(item).entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    public static void writeValue(JsonGenerator g, AttributeValue v) throws IOException {
        g.writeStartObject();
        switch (v.type()) {
            case S -> g.writeStringField("S", v.s());
            case N -> g.writeStringField("N", v.n());
            case B -> g.writeStringField("B", base64(v.b()));
            case BOOL -> g.writeBooleanField("BOOL", v.bool());
            case NUL -> g.writeBooleanField("NULL", true);
            case M -> {
                g.writeFieldName("M");
                writeItem(g, v.m());
            }
            case L -> {
                g.writeArrayFieldStart("L");
                for (AttributeValue element : v.l()) {
                    writeValue(g, element);
                }
                g.writeEndArray();
            }
            case SS -> stringArray(g, "SS", v.ss());
            case NS -> stringArray(g, "NS", v.ns());
            case BS -> stringArray(g, "BS", v.bs().stream().map(DynamoJson::base64).toList());
            default -> throw new IllegalArgumentException("unsupported attribute value " + v);
        }
        g.writeEndObject();
    }

    private static void stringArray(JsonGenerator g, String type, List<String> values) throws IOException {
        g.writeArrayFieldStart(type);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    public static String base64(SdkBytes bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    /** One line of DynamoDB JSON: the item's attributes in name order. */
    public static String toLine(Map<String, AttributeValue> item) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeItem(g, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Map<String, AttributeValue> fromLine(String line) {
        try (JsonParser p = FACTORY.createParser(line)) {
            p.nextToken();
            return readItem(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
