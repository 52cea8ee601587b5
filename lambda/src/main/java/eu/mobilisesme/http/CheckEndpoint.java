package eu.mobilisesme.http;

import eu.mobilisesme.check.EligibilityCheck;
import eu.mobilisesme.config.CheckConfig;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.intake.Log;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/check}, free of Lambda types: the same gate and body reading as the form endpoints, then
 * {@link EligibilityCheck} answers. It holds no store and writes nothing, not even a log line with an answer:
 * only refusals are logged, as the form endpoints log them, without values.
 */
public final class CheckEndpoint {

    private final CheckConfig config;
    private final Clock clock;

    public CheckEndpoint(CheckConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public HttpAnswer handle(HttpRequest request) {
        boolean script = RequestGate.wantsJson(request);
        String lang = Languages.DEFAULT;
        try {
            RequestGate.admit(request, config.allowedOrigins(), config.originSecret());
            lang = Languages.fromAcceptLanguage(request.header("accept-language")).orElse(Languages.DEFAULT);
            ParsedBody body = RequestReader.parse(RequestReader.kind(request), RequestReader.body(request));
            Map<String, List<String>> values = new LinkedHashMap<>(body.values());
            String requested = FormEndpoint.single(values.remove(FormEndpoint.LANG));
            if (Languages.supported(requested)) {
                lang = requested;
            }
            Messages messages = Messages.of(lang);
            LocalDate today = LocalDate.now(clock.withZone(Forms.CONTACT_POINT_ZONE));
            ValidationResult result = FormValidator.validate(Forms.check(), values, body.types(), today);
            if (!result.valid()) {
                log(422, String.join(" ", result.errors().stream().map(e -> e.code().name()).distinct().toList()));
                return CheckAnswers.invalid(result.errors(), messages, script);
            }
            return CheckAnswers.answer(EligibilityCheck.answer(result, today, config.callWindow()), messages, script);
        } catch (RequestProblem problem) {
            log(problem.status(), problem.code().name());
            return Answers.problem(problem.status(), problem.code(), Messages.of(lang), script, null);
        } catch (RuntimeException | StackOverflowError unforeseen) {
            // No form page to lead back to: the check has none of its own.
            return FormEndpoint.unforeseen(unforeseen, lang, script, null);
        }
    }

    /** The headers a request through CloudFront carries; for priming. */
    Map<String, String> throughDistributionHeaders() {
        return RequestGate.throughDistributionHeaders(config.originSecret());
    }

    private static void log(int status, String codes) {
        Log.event(Map.of("event", "refused", "form", Forms.CHECK, "status", Integer.toString(status),
                "codes", codes));
    }
}
