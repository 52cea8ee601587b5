package eu.mobilisesme.http;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.EligibilityRules;
import eu.mobilisesme.forms.eligibility.ParticipantLimit;
import eu.mobilisesme.submission.PayloadHash;
import eu.mobilisesme.submission.References;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.StorageUnavailableException;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The whole life of one form post, free of Lambda types: read, choose the language and form, drop spam, validate,
 * assess eligibility, store once, answer. Handlers only translate events in and out.
 */
public final class FormEndpoint {

    /** Fields the page adds to every form; they are not part of any definition. */
    public static final String FORM = "form";
    public static final String LANG = "lang";
    public static final String SUBMISSION_ID = "submissionId";
    public static final String LOADED_AT = "loadedAt";
    /** The spam trap: hidden from people, filled by bots. */
    public static final String HONEYPOT = "companyMotto";

    /** Faster than a person can fill in any of the forms. */
    static final long MIN_FILL_MILLIS = 3_000;
    static final ZoneId CONTACT_POINT_ZONE = ZoneId.of("Europe/Brussels");
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final List<String> forms;
    private final Config config;
    private final SubmissionStore store;
    private final Clock clock;

    /**
     * @param forms the forms this endpoint takes: one, or several chosen by the {@code form} field
     */
    public FormEndpoint(List<String> forms, Config config, SubmissionStore store, Clock clock) {
        this.forms = List.copyOf(forms);
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /** Primes the store's request path without storing anything (SnapStart, before the snapshot). */
    void primeStore() {
        store.prime();
    }

    public HttpAnswer handle(HttpRequest request) {
        String lang = Languages.fromAcceptLanguage(request.header("accept-language")).orElse(Languages.DEFAULT);
        boolean script = wantsJson(request);
        String form = forms.size() == 1 ? forms.get(0) : null;
        try {
            if (!request.method().equals("POST")) {
                throw new RequestProblem(405, ErrorCode.METHOD_NOT_ALLOWED);
            }
            String origin = request.header("origin");
            if (origin != null && !config.allowedOrigins().contains(origin)) {
                throw new RequestProblem(403, ErrorCode.ORIGIN_NOT_ALLOWED);
            }
            RequestReader.Kind kind = RequestReader.kind(request);
            ParsedBody body = RequestReader.parse(kind, RequestReader.body(request));
            Map<String, List<String>> values = new LinkedHashMap<>(body.values());
            String requested = single(values.remove(LANG));
            if (Languages.supported(requested)) {
                lang = requested;
            }
            String chosen = single(values.remove(FORM));
            if (form == null && chosen != null && forms.contains(chosen)) {
                form = chosen;
            }
            return submit(form, lang, script, values, body, request);
        } catch (RequestProblem problem) {
            log(form, problem.status(), problem.code().name());
            return Answers.problem(problem.status(), problem.code(), Messages.of(lang), script, form);
        }
    }

    private HttpAnswer submit(String form, String lang, boolean script, Map<String, List<String>> values,
                              ParsedBody body, HttpRequest request) {
        Messages messages = Messages.of(lang);
        String submissionId = single(values.remove(SUBMISSION_ID));
        String loadedAt = single(values.remove(LOADED_AT));
        String honeypot = single(values.remove(HONEYPOT));
        if (form == null) {
            return invalid(List.of(FieldError.of(FORM, ErrorCode.FORM_UNKNOWN)), messages, script, null);
        }
        FormDefinition definition = Forms.byId(form).orElseThrow();
        Instant now = clock.instant();
        if (isSpam(honeypot, loadedAt, now)) {
            log(form, 0, "SPAM");
            UUID decoy = UUID.randomUUID();
            return success(201, form, decoy.toString(), References.of(decoy), null, messages, script);
        }
        LocalDate today = LocalDate.ofInstant(now, CONTACT_POINT_ZONE);
        ValidationResult result = FormValidator.validate(definition, values, today);
        List<FieldError> errors = new ArrayList<>(result.errors());
        mistyped(definition, body).forEach(field -> {
            errors.removeIf(e -> field.equals(e.field()));
            errors.add(FieldError.of(field, ErrorCode.TYPE_INVALID));
        });
        if (submissionId != null && !UUID_FORMAT.matcher(submissionId.toLowerCase(Locale.ROOT)).matches()) {
            errors.add(FieldError.of(SUBMISSION_ID, ErrorCode.SUBMISSION_ID_INVALID));
        }
        if (!errors.isEmpty()) {
            return invalid(errors, messages, script, form);
        }
        String hash = PayloadHash.of(form, result.values());
        String id = submissionId != null ? submissionId.toLowerCase(Locale.ROOT)
                : UUID.nameUUIDFromBytes(("fingerprint|" + today + "|" + hash).getBytes(StandardCharsets.UTF_8))
                        .toString();
        Optional<EligibilityResult> eligibility;
        try {
            eligibility = assess(form, result, today, id);
        } catch (StorageUnavailableException e) {
            return unavailable(form, messages, script);
        }
        Submission submission = new Submission(id, References.of(UUID.fromString(id)), form, Forms.FORM_VERSION,
                lang, now, script ? Submission.Channel.SCRIPT : Submission.Channel.FORM_POST, result.values(),
                eligibility, hash, Forms.PRIVACY_NOTICE_VERSION, now.plus(config.retention()));
        SaveResult saved;
        try {
            saved = store.save(submission);
        } catch (StorageUnavailableException e) {
            return unavailable(form, messages, script);
        }
        if (saved.kind() == SaveResult.Kind.CONFLICT) {
            return invalid(List.of(FieldError.of(SUBMISSION_ID, ErrorCode.IDEMPOTENCY_KEY_REUSED)), messages,
                    script, form);
        }
        int status = saved.kind() == SaveResult.Kind.STORED ? 201 : 200;
        Log.event(Map.of("event", "stored", "form", form, "id", id, "result", saved.kind().name(),
                "eligibility", saved.eligibility().map(e -> e.outcome().code()).orElse("none")));
        return success(status, form, id, submission.reference(), saved.eligibility().orElse(null), messages, script);
    }

    /** The rules on the application alone, then rule 12 over the company's other applications in the store. */
    private Optional<EligibilityResult> assess(String form, ValidationResult result, LocalDate today, String id) {
        Optional<EligibilityResult> eligibility = EligibilityRules.assess(result, today, config.callWindow());
        Optional<String> company = ParticipantLimit.companyKey(form, result.values());
        if (eligibility.isEmpty() || company.isEmpty()) {
            return eligibility;
        }
        int earlier = store.participantsSent(company.get(), id, ParticipantLimit.MAX_PER_COMPANY);
        return Optional.of(ParticipantLimit.apply(eligibility.get(), earlier,
                ParticipantLimit.participants(result.values())));
    }

    /** JSON shapes no field takes, numbers where no number belongs, booleans anywhere but a tick box. */
    private static java.util.Set<String> mistyped(FormDefinition definition, ParsedBody body) {
        java.util.Set<String> mistyped = new java.util.TreeSet<>(body.mistyped());
        for (var field : definition.fields()) {
            if (body.numbers().contains(field.name()) && field.type() != eu.mobilisesme.forms.FieldType.INTEGER) {
                mistyped.add(field.name());
            }
            if (body.booleans().contains(field.name()) && field.type() != eu.mobilisesme.forms.FieldType.CONSENT) {
                mistyped.add(field.name());
            }
        }
        return mistyped;
    }

    private HttpAnswer success(int status, String form, String id, String reference, EligibilityResult eligibility,
                               Messages messages, boolean script) {
        String thanks = SitePaths.thanksPage(form, messages.lang());
        if (script) {
            return Answers.accepted(status, id, reference, thanks, eligibility, messages);
        }
        String outcome = eligibility == null ? "" : "&outcome=" + eligibility.outcome().code();
        return Answers.redirect(thanks + "?ref=" + reference + outcome);
    }

    private HttpAnswer unavailable(String form, Messages messages, boolean script) {
        log(form, 503, ErrorCode.STORAGE_UNAVAILABLE.name());
        return Answers.problem(503, ErrorCode.STORAGE_UNAVAILABLE, messages, script, form);
    }

    private HttpAnswer invalid(List<FieldError> errors, Messages messages, boolean script, String form) {
        log(form, 422, String.join(" ", errors.stream().map(e -> e.code().name()).distinct().toList()));
        return Answers.invalid(errors, messages, script, form);
    }

    private boolean isSpam(String honeypot, String loadedAt, Instant now) {
        if (honeypot != null && !honeypot.isBlank()) {
            return true;
        }
        if (loadedAt == null || !loadedAt.matches("[0-9]{1,15}")) {
            return false;
        }
        long elapsed = now.toEpochMilli() - Long.parseLong(loadedAt);
        return elapsed >= 0 && elapsed < MIN_FILL_MILLIS;
    }

    private static boolean wantsJson(HttpRequest request) {
        String contentType = request.header("content-type");
        String accept = request.header("accept");
        return (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json"))
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
    }

    /**
     * The first value of a meta field, or null when it is absent or blank (a page without its script posts its hidden
     * fields empty); meta fields are single-valued, so extra values are ignored.
     */
    private static String single(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static void log(String form, int status, String codes) {
        Log.event(Map.of("event", "refused", "form", form == null ? "unknown" : form,
                "status", Integer.toString(status), "codes", codes));
    }
}
