package eu.mobilisesme.review.matching;

import java.util.List;

/** One candidate for an application: its score out of 100, whether a form names it, and the reasons. */
public record Match(Application candidate, int score, boolean named, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
