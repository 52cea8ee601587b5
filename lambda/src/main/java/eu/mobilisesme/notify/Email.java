package eu.mobilisesme.notify;

import java.util.Optional;

/**
 * One message before it becomes MIME. Addresses come from the settings or from a stored, validated address field;
 * the subject only from the bundles and the reference. Text typed by a submitter may appear in a staff notice's
 * body, never in a header and never in a confirmation.
 */
public record Email(Notice notice, String submissionId, String from, String to, Optional<String> replyTo,
        String subject, String body, String lang) {
}
