package eu.mobilisesme.notify;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the notices need from a stored submission item, read defensively: the item comes from a stream, and an item
 * this version did not write (or a rate item of {@link RateLimit}) is not a submission.
 *
 * @param name the company's legal name or the sender's name, as typed: for the staff notice only
 * @param country the ISO code of the company's or sender's country, if given
 * @param replyLang the language the submitter wants answers in (applications ask; otherwise the form's)
 */
public record StoredSubmission(
        String id,
        String reference,
        String form,
        String lang,
        Instant receivedAt,
        Optional<EligibilityResult> eligibility,
        Optional<String> email,
        Optional<String> name,
        Optional<String> country,
        String replyLang) {

    static final String EMAIL = "email";
    static final String LEGAL_NAME = "legalName";
    static final String NAME = "name";
    static final String COUNTRY = "country";
    static final String CORRESPONDENCE_LANGUAGE = "correspondenceLanguage";
    static final String REPLY_LANGUAGE = "replyLanguage";

    /** The submission an item holds, or empty when the item is not one this version can tell about. */
    public static Optional<StoredSubmission> from(Map<String, AttributeValue> item) {
        Optional<String> id = string(item, SubmissionAttributes.ID);
        Optional<String> reference = string(item, SubmissionAttributes.REFERENCE);
        Optional<String> form = string(item, SubmissionAttributes.FORM).filter(f -> Forms.byId(f).isPresent());
        Optional<String> lang = string(item, SubmissionAttributes.LANG).filter(Languages::supported);
        Optional<Instant> received = string(item, SubmissionAttributes.RECEIVED_AT).flatMap(StoredSubmission::instant);
        if (id.isEmpty() || reference.isEmpty() || form.isEmpty() || lang.isEmpty() || received.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredSubmission(id.get(), reference.get(), form.get(), lang.get(), received.get(),
                eligibility(item),
                string(item, EMAIL),
                string(item, LEGAL_NAME).or(() -> string(item, NAME)),
                string(item, COUNTRY),
                string(item, CORRESPONDENCE_LANGUAGE).or(() -> string(item, REPLY_LANGUAGE))
                        .filter(Languages::supported).orElse(lang.get())));
    }

    private static Optional<EligibilityResult> eligibility(Map<String, AttributeValue> item) {
        Optional<Outcome> outcome = string(item, SubmissionAttributes.ELIGIBILITY).flatMap(code -> {
            try {
                return Optional.of(Outcome.fromCode(code));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
        AttributeValue reasons = item.get(SubmissionAttributes.ELIGIBILITY_REASONS);
        List<String> names = reasons == null || !reasons.hasSs() ? List.of() : reasons.ss();
        return outcome.map(o -> new EligibilityResult(o,
                Arrays.stream(Reason.values()).filter(reason -> names.contains(reason.name())).toList()));
    }

    private static Optional<String> string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null || value.s().isBlank() ? Optional.empty() : Optional.of(value.s());
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
