package eu.mobilisesme.forms.eligibility;

import java.util.List;

/** The overall outcome (the worst of the rules') and every reason found, in rule order. */
public record EligibilityResult(Outcome outcome, List<Reason> reasons) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
    }

    public static EligibilityResult of(List<Reason> reasons) {
        Outcome outcome = Outcome.ELIGIBLE;
        for (Reason reason : reasons) {
            outcome = outcome.worse(reason.outcome());
        }
        return new EligibilityResult(outcome, reasons.stream().distinct().toList());
    }

    /**
     * What the applicant is told: the assessment without the reasons that depend on other submissions (rule 12),
     * so that no answer reveals whether anyone else applied. Staff see the full assessment on record.
     */
    public EligibilityResult forApplicant() {
        if (reasons.stream().allMatch(Reason::toldToApplicant)) {
            return this;
        }
        return of(reasons.stream().filter(Reason::toldToApplicant).toList());
    }
}
