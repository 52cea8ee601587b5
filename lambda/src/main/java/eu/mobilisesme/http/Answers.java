package eu.mobilisesme.http;

import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonEncoding;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * Writes the endpoint's answers: JSON for the page's script, a redirect or an accessible HTML page for a plain
 * form post. All text is in the submitter's language; nothing internal is ever echoed.
 */
final class Answers {

    private static final JsonFactory JSON = new JsonFactory();
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String HTML_TYPE = "text/html; charset=utf-8";
    static final String RETRY_AFTER_SECONDS = "5";

    private Answers() {
    }

    /** 201 for a new submission, 200 for a retry of one already stored. */
    static HttpAnswer accepted(int status, String id, String reference, String thanksPage,
                               EligibilityResult eligibility, Messages messages) {
        String body = json(g -> {
            g.writeStringField("id", id);
            g.writeStringField("reference", reference);
            g.writeStringField("thanksPage", thanksPage);
            if (eligibility != null) {
                g.writeObjectFieldStart("eligibility");
                g.writeStringField("outcome", eligibility.outcome().code());
                g.writeStringField("message", messages.get("outcome." + eligibility.outcome().code()));
                g.writeArrayFieldStart("reasons");
                for (Reason reason : eligibility.reasons()) {
                    g.writeStartObject();
                    g.writeStringField("code", reason.name());
                    g.writeStringField("message", messages.get("eligibility." + reason.name()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
        return new HttpAnswer(status, Map.of("Content-Type", JSON_TYPE, "Content-Language", messages.lang()), body);
    }

    static HttpAnswer redirect(String location) {
        return new HttpAnswer(303, Map.of("Location", location, "Content-Type", "text/plain; charset=utf-8"), "");
    }

    static HttpAnswer invalid(List<FieldError> errors, Messages messages, boolean script, String form) {
        return invalid(errors, messages, script, "field.",
                form == null ? null : SitePaths.formPage(form, messages.lang()));
    }

    /**
     * The 422 answer for the forms and the check alike: the fields' labels come from {@code labelPrefix} keys
     * ({@code field.} or {@code check.}), and the error page links back to {@code back} (none when null).
     */
    static HttpAnswer invalid(List<FieldError> errors, Messages messages, boolean script, String labelPrefix,
            String back) {
        if (script) {
            String body = json(g -> {
                g.writeStringField("type", "urn:mobilisesme:problem:validation");
                g.writeStringField("title", messages.get("problem.validation"));
                g.writeNumberField("status", 422);
                g.writeArrayFieldStart("errors");
                for (FieldError error : errors) {
                    g.writeStartObject();
                    g.writeStringField("field", error.field());
                    g.writeStringField("code", error.code().name());
                    if (error.field() != null) {
                        g.writeStringField("label", label(error.field(), messages, labelPrefix));
                    }
                    g.writeStringField("message", error.message(messages));
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
            return problem(422, body, messages);
        }
        StringBuilder items = new StringBuilder();
        for (FieldError error : errors) {
            items.append("<li>");
            if (error.field() != null) {
                items.append(Html.escape(label(error.field(), messages, labelPrefix))).append(": ");
            }
            items.append(Html.escape(error.message(messages))).append("</li>\n");
        }
        return html(422, Html.errorPage(messages, messages.get("problem.validation"),
                "<ul>\n" + items + "</ul>", back));
    }

    /** Any answer that is not about the fields: 400, 403, 405, 413, 415, 503. */
    static HttpAnswer problem(int status, ErrorCode code, Messages messages, boolean script, String form) {
        String detail = messages.get("error." + code.name());
        HttpAnswer answer;
        if (script) {
            answer = problem(status, json(g -> {
                g.writeStringField("type", "urn:mobilisesme:problem:" + code.name().toLowerCase());
                g.writeStringField("title", detail);
                g.writeNumberField("status", status);
                g.writeStringField("code", code.name());
            }), messages);
        } else {
            answer = html(status, Html.errorPage(messages, messages.get("problem.request"),
                    "<p>" + Html.escape(detail) + "</p>",
                    form == null ? null : SitePaths.formPage(form, messages.lang())));
        }
        return switch (status) {
            case 405 -> with(answer, "Allow", "POST");
            case 503 -> with(answer, "Retry-After", RETRY_AFTER_SECONDS);
            default -> answer;
        };
    }

    private static HttpAnswer with(HttpAnswer answer, String header, String value) {
        var headers = new java.util.LinkedHashMap<>(answer.headers());
        headers.put(header, value);
        return new HttpAnswer(answer.status(), headers, answer.body());
    }

    static HttpAnswer problem(int status, String body, Messages messages) {
        return new HttpAnswer(status, Map.of("Content-Type", PROBLEM_JSON, "Content-Language", messages.lang()),
                body);
    }

    static HttpAnswer html(int status, String body) {
        return new HttpAnswer(status, Map.of("Content-Type", HTML_TYPE), body);
    }

    private static String label(String field, Messages messages, String prefix) {
        String key = prefix + field + ".label";
        return messages.has(key) ? messages.get(key) : field;
    }

    interface JsonBody {
        void write(JsonGenerator generator) throws IOException;
    }

    static String json(JsonBody body) {
        // To bytes, not a Writer: the UTF-8 generator is the one the SDK has loaded already.
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
