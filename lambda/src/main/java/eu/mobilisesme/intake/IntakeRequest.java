package eu.mobilisesme.intake;

import eu.mobilisesme.forms.JsonTypes;
import eu.mobilisesme.submission.Submission;
import java.util.List;
import java.util.Map;

/**
 * One submission as read from the request, meta fields apart from the form's own values.
 *
 * @param form the form asked for; null when the request named none this endpoint takes
 * @param submissionId the page's id for the submission, null without the page's script
 * @param elapsedMillis how long the form was shown before it was sent, as the page measured it; null without script
 * @param honeypot the value of the field people never see
 */
public record IntakeRequest(String form, String lang, Submission.Channel channel, String submissionId,
                            String elapsedMillis, String honeypot, Map<String, List<String>> values,
                            JsonTypes types) {

    public IntakeRequest {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
