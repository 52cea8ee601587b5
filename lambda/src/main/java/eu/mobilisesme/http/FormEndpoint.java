package eu.mobilisesme.http;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.intake.Intake;
import eu.mobilisesme.intake.IntakeRequest;
import eu.mobilisesme.intake.IntakeResult;
import eu.mobilisesme.intake.Log;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The HTTP side of one form post, free of Lambda types: who may post, reading the body, the language, then the
 * {@link Intake} decides and this turns its result into an answer. Any failure nobody foresaw becomes a generic
 * answer with an incident number in the log, never a stack trace or a 5xx.
 */
public final class FormEndpoint {

    /** Fields the page adds to every form; they are not part of any definition. */
    public static final String FORM = "form";
    public static final String LANG = "lang";
    public static final String SUBMISSION_ID = "submissionId";
    /** Milliseconds from showing the form to sending it, measured in the page (not two clocks compared). */
    public static final String ELAPSED = "elapsedMs";
    /**
     * The spam trap: hidden from people and assistive technology, filled by bots. Its name matches no browser's
     * autofill rules (nothing like company, name, e-mail, address, phone, url or organisation), so autofill never
     * fills it for a person.
     */
    public static final String HONEYPOT = "favouriteColour";
    /** Meta fields of pages baked before the current ones, still cached in browsers: read and ignored. */
    static final Set<String> RETIRED_META = Set.of("loadedAt", "companyMotto");

    private final List<String> forms;
    private final Config config;
    private final Intake intake;

    /**
     * @param forms the forms this endpoint takes: one, or several chosen by the {@code form} field
     */
    public FormEndpoint(List<String> forms, Config config, SubmissionStore store, Clock clock) {
        this.forms = List.copyOf(forms);
        this.config = config;
        this.intake = new Intake(config, store, clock);
    }

    /** Primes the store's request path without storing anything (SnapStart, before the snapshot). */
    void primeStore() {
        intake.primeStore();
    }

    public HttpAnswer handle(HttpRequest request) {
        boolean script = RequestGate.wantsJson(request);
        String lang = Languages.DEFAULT;
        String form = forms.size() == 1 ? forms.get(0) : null;
        try {
            // Who may post comes first: nothing a stranger sends is parsed before these pass.
            RequestGate.admit(request, config.allowedOrigins(), config.originSecret());
            lang = Languages.fromAcceptLanguage(request.header("accept-language")).orElse(Languages.DEFAULT);
            ParsedBody body = RequestReader.parse(RequestReader.kind(request), RequestReader.body(request));
            Map<String, List<String>> values = new LinkedHashMap<>(body.values());
            String requested = single(values.remove(LANG));
            if (Languages.supported(requested)) {
                lang = requested;
            }
            String chosen = single(values.remove(FORM));
            if (form == null && chosen != null && forms.contains(chosen)) {
                form = chosen;
            }
            String submissionId = single(values.remove(SUBMISSION_ID));
            String elapsed = single(values.remove(ELAPSED));
            String honeypot = single(values.remove(HONEYPOT));
            RETIRED_META.forEach(values::remove);
            IntakeRequest intakeRequest = new IntakeRequest(form, lang,
                    script ? Submission.Channel.SCRIPT : Submission.Channel.FORM_POST, submissionId, elapsed,
                    honeypot, values, body.types());
            return answer(intake.submit(intakeRequest, SUBMISSION_ID, FORM), Messages.of(lang), script);
        } catch (RequestProblem problem) {
            log(form, problem.status(), problem.code().name());
            return Answers.problem(problem.status(), problem.code(), Messages.of(lang), script, form);
        } catch (RuntimeException | StackOverflowError unforeseen) {
            return unforeseen(unforeseen, lang, script, form);
        }
    }

    /**
     * The last resort for a failure no rule foresaw. Whatever caused it, the request may have, and a client must
     * never get a 5xx for what it sent: a 400 without detail, and the incident number in the log for the team.
     */
    static HttpAnswer unforeseen(Throwable failure, String lang, boolean script, String form) {
        String incident = UUID.randomUUID().toString();
        Log.event(Map.of("event", "unforeseen", "form", form == null ? "unknown" : form, "incident", incident,
                "failure", failure.getClass().getName(), "at", where(failure)));
        try {
            return Answers.problem(400, ErrorCode.REQUEST_NOT_PROCESSED, Messages.of(lang), script, form);
        } catch (RuntimeException again) {
            return new HttpAnswer(400, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    "Bad request. Incident " + incident);
        }
    }

    /** Where it failed, without the message (which may quote input). */
    private static String where(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length == 0 ? "" : trace[0].toString();
    }

    private HttpAnswer answer(IntakeResult result, Messages messages, boolean script) {
        if (result instanceof IntakeResult.Accepted accepted) {
            return success(accepted, messages, script);
        }
        if (result instanceof IntakeResult.Invalid invalid) {
            log(invalid.form(), 422,
                    String.join(" ", invalid.errors().stream().map(e -> e.code().name()).distinct().toList()));
            return Answers.invalid(invalid.errors(), messages, script, invalid.form());
        }
        String form = ((IntakeResult.Unavailable) result).form();
        log(form, 503, ErrorCode.STORAGE_UNAVAILABLE.name());
        return Answers.problem(503, ErrorCode.STORAGE_UNAVAILABLE, messages, script, form);
    }

    private static HttpAnswer success(IntakeResult.Accepted accepted, Messages messages, boolean script) {
        String thanks = SitePaths.thanksPage(accepted.form(), messages.lang());
        EligibilityResult eligibility = accepted.eligibility().orElse(null);
        if (script) {
            return Answers.accepted(accepted.firstTime() ? 201 : 200, accepted.id(), accepted.reference(), thanks,
                    eligibility, messages);
        }
        String outcome = eligibility == null ? "" : "&outcome=" + eligibility.outcome().code();
        return Answers.redirect(thanks + "?ref=" + accepted.reference() + outcome);
    }

    /** The headers a request through CloudFront carries for the origin check; none when the check is off. */
    Map<String, String> throughDistributionHeaders() {
        return RequestGate.throughDistributionHeaders(config.originSecret());
    }

    /**
     * The first value of a meta field, or null when it is absent or blank (a page without its script posts its hidden
     * fields empty); meta fields are single-valued, so extra values are ignored.
     */
    static String single(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static void log(String form, int status, String codes) {
        Log.event(Map.of("event", "refused", "form", form == null ? "unknown" : form,
                "status", Integer.toString(status), "codes", codes));
    }
}
