package eu.mobilisesme.submission;

import eu.mobilisesme.forms.eligibility.EligibilityResult;
import java.util.Optional;

/**
 * What a save did, and the eligibility assessment on record for the id: the one just stored or, for a retry, the
 * one stored the first time, so that a retry is answered as the first attempt was even when the rules would now
 * say otherwise. A storage failure is never a result: it is a {@link StorageUnavailableException}.
 */
public record SaveResult(Kind kind, Optional<EligibilityResult> eligibility) {

    public enum Kind {
        /** Written now. */
        STORED,
        /** The same submission was written before (a retry or double click); nothing changed. */
        ALREADY_STORED,
        /** The id was written before with other content; the new content was refused. */
        CONFLICT
    }

    public static SaveResult stored(Submission submission) {
        return new SaveResult(Kind.STORED, submission.eligibility());
    }

    public static SaveResult alreadyStored(Optional<EligibilityResult> onRecord) {
        return new SaveResult(Kind.ALREADY_STORED, onRecord);
    }

    public static SaveResult conflict() {
        return new SaveResult(Kind.CONFLICT, Optional.empty());
    }
}
