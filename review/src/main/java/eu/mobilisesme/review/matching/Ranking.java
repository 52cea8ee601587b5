package eu.mobilisesme.review.matching;

import java.util.List;

/** An application and its candidates, best first. */
public record Ranking(Application application, List<Match> matches) {

    public Ranking {
        matches = List.copyOf(matches);
    }
}
