package eu.mobilisesme.http;

import eu.mobilisesme.check.EligibilityCheck;
import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The check's answers: JSON for the page's script, which shows it inline, or a page in the visitor's language for
 * a plain form post. Both state the outcome with its reasons in words and link to the matching form with the
 * answers in its query, which the form page fills in.
 */
final class CheckAnswers {

    private CheckAnswers() {
    }

    static HttpAnswer answer(EligibilityCheck.Answer answer, Messages messages, boolean script) {
        EligibilityResult result = answer.eligibility();
        String outcome = messages.get("check.outcome." + result.outcome().code());
        String formLink = formLink(answer, messages.lang());
        String formText = messages.get("check.result." + (answer.form().equals("sending") ? "send" : "host"));
        if (script) {
            String body = Answers.json(g -> {
                g.writeStringField("outcome", result.outcome().code());
                g.writeStringField("message", outcome);
                g.writeArrayFieldStart("reasons");
                for (Reason reason : result.reasons()) {
                    g.writeStartObject();
                    g.writeStringField("code", reason.name());
                    g.writeStringField("message", reasonText(reason, messages));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("form", answer.form());
                g.writeStringField("formPage", formLink);
                g.writeStringField("formLink", formText);
                g.writeObjectFieldStart("answers");
                for (Map.Entry<String, List<String>> entry : answer.answers().entrySet()) {
                    g.writeArrayFieldStart(entry.getKey());
                    for (String value : entry.getValue()) {
                        g.writeString(value);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            });
            return new HttpAnswer(200, Map.of("Content-Type", Answers.JSON_TYPE, "Content-Language", messages.lang()),
                    body);
        }
        StringBuilder content = new StringBuilder(1024)
                .append("<h1>").append(Html.escape(messages.get("check.result.title"))).append("</h1>\n")
                .append("<p class=\"check-outcome\" data-outcome=\"").append(result.outcome().code()).append("\">")
                .append(Html.escape(outcome)).append("</p>\n");
        if (!result.reasons().isEmpty()) {
            content.append("<h2>").append(Html.escape(messages.get("check.result.reasons"))).append("</h2>\n<ul>\n");
            for (Reason reason : result.reasons()) {
                content.append("<li data-reason=\"").append(reason.name()).append("\">")
                        .append(Html.escape(reasonText(reason, messages))).append("</li>\n");
            }
            content.append("</ul>\n");
        }
        content.append("<p>").append(Html.escape(messages.get("check.result.stored"))).append("</p>\n")
                .append("<p><a class=\"button\" href=\"").append(Html.escape(formLink)).append("\">")
                .append(Html.escape(formText)).append("</a></p>\n")
                .append("<p><a href=\"").append(SitePaths.whoCanParticipate(messages.lang())).append("\">")
                .append(Html.escape(messages.get("check.result.again"))).append("</a></p>\n");
        return Answers.html(200, Html.page(messages, messages.get("check.result.title"), content.toString()));
    }

    static HttpAnswer invalid(List<FieldError> errors, Messages messages, boolean script) {
        return Answers.invalid(errors, messages, script, "check.", SitePaths.whoCanParticipate(messages.lang()));
    }

    /** The matching form with the answers as query parameters, which its page fills in. */
    static String formLink(EligibilityCheck.Answer answer, String lang) {
        StringBuilder query = new StringBuilder();
        answer.answers().forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return SitePaths.formPage(answer.form(), lang) + query;
    }

    /** A reason as the check tells it: its own words where the forms' text assumes a submission was sent. */
    static String reasonText(Reason reason, Messages messages) {
        String own = "check.eligibility." + reason.name();
        return messages.has(own) ? messages.get(own) : messages.get("eligibility." + reason.name());
    }
}
