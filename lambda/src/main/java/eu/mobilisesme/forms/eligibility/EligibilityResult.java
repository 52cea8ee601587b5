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
}
