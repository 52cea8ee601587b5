package eu.mobilisesme.intake;

import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import java.util.List;
import java.util.Optional;

/** What became of one submission; the HTTP adapter turns each kind into its answer. */
public sealed interface IntakeResult {

    /**
     * Taken: stored now ({@code firstTime}), or the same submission was stored before. A dropped bot gets this too,
     * shaped exactly like a real one. The eligibility is what the applicant is told ({@link
     * EligibilityResult#forApplicant()}); contact messages have none.
     */
    record Accepted(String form, String id, String reference, boolean firstTime,
                    Optional<EligibilityResult> eligibility) implements IntakeResult {
    }

    /** Refused with every problem found; nothing was stored. {@code form} is null when the form was not known. */
    record Invalid(String form, List<FieldError> errors) implements IntakeResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** Storage failed: the submission may not have been stored, so nothing claims it was. */
    record Unavailable(String form) implements IntakeResult {
    }
}
