package eu.mobilisesme.submission;

import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.ParticipantLimit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A valid submission as it is stored: normalised field values plus what the backend adds. */
public record Submission(
        String id,
        String reference,
        String form,
        int formVersion,
        String lang,
        Instant receivedAt,
        Channel channel,
        Map<String, List<String>> values,
        Optional<EligibilityResult> eligibility,
        String payloadHash,
        String privacyNoticeVersion,
        Instant expiresAt) {

    /** How the submission arrived: the page's script, or a plain HTML form post. */
    public enum Channel {
        SCRIPT("script"), FORM_POST("form-post");

        private final String code;

        Channel(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Submission {
        values = Map.copyOf(values);
    }

    /** The company eligibility rule 12 counts this submission under; only forms that send participants have one. */
    public Optional<String> companyKey() {
        return ParticipantLimit.companyKey(form, values);
    }
}
