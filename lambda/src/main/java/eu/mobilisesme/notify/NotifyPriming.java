package eu.mobilisesme.notify;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads the composing and MIME path before the SnapStart snapshot: a made-up submission in every language is
 * composed and rendered, and nothing is sent or written.
 */
final class NotifyPriming {

    private NotifyPriming() {
    }

    static void prime(MessageComposer composer, Instant now) {
        MimeMail mime = new MimeMail();
        for (String lang : Languages.SUPPORTED) {
            StoredSubmission sample = new StoredSubmission("priming", "MSME-0000-0000", Forms.SENDING, lang, now,
                    Optional.of(EligibilityResult.of(List.of(Reason.NO_OPEN_CALL))),
                    Optional.of("priming@example.invalid"), Optional.of("Priming"), Optional.of("ES"), lang);
            try {
                mime.render(composer.staffNotice(sample), now);
                composer.confirmation(sample).ifPresent(email -> render(mime, email, now));
            } catch (MimeMail.UnusableAddressException | RuntimeException e) {
                // Best effort: an unprimed path is only slower on the first record.
            }
        }
    }

    private static void render(MimeMail mime, Email email, Instant now) {
        try {
            mime.render(email, now);
        } catch (MimeMail.UnusableAddressException e) {
            // Not with the made-up address.
        }
    }
}
