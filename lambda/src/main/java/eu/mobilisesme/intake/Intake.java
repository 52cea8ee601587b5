package eu.mobilisesme.intake;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormValidator;
import eu.mobilisesme.forms.Forms;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The life of one submission, free of HTTP: validate, assess eligibility, drop spam, store once. Spam is judged
 * after validation, so a dropped bot gets exactly the answer a person with the same input would.
 */
public final class Intake {

    /** Faster than a person can fill in any of the forms. */
    public static final long MIN_FILL_MILLIS = 3_000;
    private static final Pattern MILLIS = Pattern.compile("[0-9]{1,12}");

    private final Config config;
    private final SubmissionStore store;
    private final Clock clock;

    public Intake(Config config, SubmissionStore store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /** Primes the store's request path without storing anything (SnapStart, before the snapshot). */
    public void primeStore() {
        store.prime();
    }

    public IntakeResult submit(IntakeRequest request, String submissionIdField, String formField) {
        Optional<FormDefinition> known = Forms.byId(request.form());
        if (known.isEmpty()) {
            return new IntakeResult.Invalid(null, List.of(FieldError.of(formField, ErrorCode.FORM_UNKNOWN)));
        }
        FormDefinition definition = known.get();
        String form = definition.id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Forms.CONTACT_POINT_ZONE);
        ValidationResult result = FormValidator.validate(definition, request.values(), request.types(), today);
        List<FieldError> errors = new ArrayList<>(result.errors());
        FieldError badId = FormValidator.checkSubmissionId(submissionIdField, request.submissionId());
        if (badId != null) {
            errors.add(badId);
        }
        if (!errors.isEmpty()) {
            return new IntakeResult.Invalid(form, errors);
        }
        String hash = PayloadHash.of(form, result.values());
        // Without the page's script, the content and the day make the id, so a double post is stored once.
        String id = request.submissionId() != null ? request.submissionId().toLowerCase(Locale.ROOT)
                : UUID.nameUUIDFromBytes(("fingerprint|" + today + "|" + hash).getBytes(StandardCharsets.UTF_8))
                        .toString();
        String reference = References.of(UUID.fromString(id));
        try {
            Optional<EligibilityResult> eligibility = assess(form, result, today, id);
            if (isSpam(request)) {
                IntakeLog.spam(form);
                return new IntakeResult.Accepted(form, id, reference, true,
                        eligibility.map(EligibilityResult::forApplicant));
            }
            Submission submission = new Submission(id, reference, form, Forms.FORM_VERSION, request.lang(), now,
                    request.channel(), result.values(), eligibility, hash, Forms.PRIVACY_NOTICE_VERSION,
                    now.plus(config.retention()));
            SaveResult saved = store.save(submission);
            if (saved.kind() == SaveResult.Kind.CONFLICT) {
                return new IntakeResult.Invalid(form,
                        List.of(FieldError.of(submissionIdField, ErrorCode.IDEMPOTENCY_KEY_REUSED)));
            }
            IntakeLog.stored(form, id, saved);
            return new IntakeResult.Accepted(form, id, reference, saved.kind() == SaveResult.Kind.STORED,
                    saved.eligibility().map(EligibilityResult::forApplicant));
        } catch (StorageUnavailableException e) {
            return new IntakeResult.Unavailable(form);
        }
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

    /**
     * The honeypot holds something, or the page measured less time than a person needs. Elapsed time is measured
     * in the page, so neither the visitor's clock nor a resubmission after an error can make a person look fast;
     * without the page's script there is no measure and no time check.
     */
    private static boolean isSpam(IntakeRequest request) {
        if (request.honeypot() != null && !request.honeypot().isBlank()) {
            return true;
        }
        String elapsed = request.elapsedMillis();
        return elapsed != null && MILLIS.matcher(elapsed).matches() && Long.parseLong(elapsed) < MIN_FILL_MILLIS;
    }
}
