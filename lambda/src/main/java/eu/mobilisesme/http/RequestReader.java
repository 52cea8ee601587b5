package eu.mobilisesme.http;

import static eu.mobilisesme.forms.ErrorCode.BODY_TOO_LARGE;
import static eu.mobilisesme.forms.ErrorCode.MALFORMED_BODY;
import static eu.mobilisesme.forms.ErrorCode.TOO_MANY_FIELDS;
import static eu.mobilisesme.forms.ErrorCode.UNSUPPORTED_MEDIA_TYPE;

import eu.mobilisesme.forms.JsonTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadFeature;

/**
 * Reads a form body strictly: UTF-8 only, at most 64 KB, URL-encoded or JSON. Anything it cannot read becomes a
 * {@link RequestProblem} with a 4xx status, never an exception that escapes.
 */
final class RequestReader {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 200;

    enum Kind { JSON, FORM }

    private static final char REPLACEMENT = '\uFFFD';

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(4).maxNumberLength(40).maxStringLength(MAX_BODY_BYTES).build())
            .build();

    private RequestReader() {
    }

    static Kind kind(HttpRequest request) throws RequestProblem {
        String contentType = request.header("content-type");
        if (contentType == null) {
            throw new RequestProblem(415, UNSUPPORTED_MEDIA_TYPE);
        }
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new RequestProblem(415, UNSUPPORTED_MEDIA_TYPE);
            }
        }
        return switch (type) {
            case "application/json" -> Kind.JSON;
            case "application/x-www-form-urlencoded" -> Kind.FORM;
            default -> throw new RequestProblem(415, UNSUPPORTED_MEDIA_TYPE);
        };
    }

    static String body(HttpRequest request) throws RequestProblem {
        String body = request.body();
        if (body == null || body.isEmpty()) {
            throw new RequestProblem(400, MALFORMED_BODY);
        }
        if (!request.base64()) {
            // Characters never take fewer bytes than one each in UTF-8: a cheap check first.
            if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
                throw new RequestProblem(413, BODY_TOO_LARGE);
            }
            // API Gateway turns bytes that are not UTF-8 into U+FFFD in a text body: what was sent is lost.
            if (hasUnpairedSurrogate(body) || body.indexOf(REPLACEMENT) >= 0) {
                throw new RequestProblem(400, MALFORMED_BODY);
            }
            return body;
        }
        if (body.length() > (MAX_BODY_BYTES / 3 + 1) * 4 + 4) {
            throw new RequestProblem(413, BODY_TOO_LARGE);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new RequestProblem(400, MALFORMED_BODY);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new RequestProblem(413, BODY_TOO_LARGE);
        }
        return utf8(bytes);
    }

    static ParsedBody parse(Kind kind, String body) throws RequestProblem {
        return kind == Kind.JSON ? json(body) : urlEncoded(body);
    }

    private static ParsedBody urlEncoded(String body) throws RequestProblem {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int count = 0;
        // Split on & and = before decoding, so an encoded %26 or %3D stays part of the value.
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw new RequestProblem(400, TOO_MANY_FIELDS);
            }
            int equals = pair.indexOf('=');
            String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        if (values.isEmpty()) {
            throw new RequestProblem(400, MALFORMED_BODY);
        }
        return new ParsedBody(values, JsonTypes.NONE);
    }

    private static ParsedBody json(String body) throws RequestProblem {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> mistyped = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> booleans = new HashSet<>();
        // From the decoded text, not bytes: a byte parser would skip a leading byte order mark, which is not JSON.
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RequestProblem(400, MALFORMED_BODY);
            }
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (++count > MAX_FIELDS) {
                    throw new RequestProblem(400, TOO_MANY_FIELDS);
                }
                String name = parser.currentName();
                List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        note(token, name, numbers, booleans);
                        if (!scalar(parser, token, list)) {
                            mistyped.add(name);
                            parser.skipChildren();
                        }
                    }
                } else if (note(token, name, numbers, booleans) && !scalar(parser, token, list)) {
                    mistyped.add(name);
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new RequestProblem(400, MALFORMED_BODY);
            }
        } catch (IOException e) {
            // Syntax errors, duplicate keys, too deep nesting, numbers too long: all unreadable input.
            throw new RequestProblem(400, MALFORMED_BODY);
        }
        return new ParsedBody(values, new JsonTypes(mistyped, numbers, booleans));
    }

    /** Remembers which fields came as numbers or booleans; always true, to chain in a condition. */
    private static boolean note(JsonToken token, String name, Set<String> numbers, Set<String> booleans) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            numbers.add(name);
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            booleans.add(name);
        }
        return true;
    }

    private static boolean scalar(JsonParser parser, JsonToken token, List<String> into) throws IOException {
        switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> into.add(parser.getText());
            case VALUE_TRUE -> into.add("true");
            case VALUE_FALSE -> into.add("false");
            case VALUE_NULL -> {
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String percentDecode(String text) throws RequestProblem {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new RequestProblem(400, MALFORMED_BODY);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new RequestProblem(400, MALFORMED_BODY);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static String utf8(byte[] bytes) throws RequestProblem {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RequestProblem(400, MALFORMED_BODY);
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
