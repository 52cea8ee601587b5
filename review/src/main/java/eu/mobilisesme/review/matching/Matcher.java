package eu.mobilisesme.review.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks, for every application of one side, the candidates of the other side: a partner named in a form first,
 * then by score, then by reference, so the same applications always give the same ranking.
 */
public final class Matcher {

    private static final Comparator<Match> ORDER = Comparator.comparing((Match m) -> !m.named())
            .thenComparing(Comparator.comparingInt(Match::score).reversed())
            .thenComparing(m -> m.candidate().reference());

    private Matcher() {
    }

    /** The rankings of {@code side}, by reference; {@code top} candidates each (0: all). */
    public static List<Ranking> rank(List<Application> applications, Side side, int top) {
        List<Application> mine = sorted(applications, side);
        List<Application> theirs = sorted(applications, side.other());
        List<Ranking> rankings = new ArrayList<>();
        for (Application application : mine) {
            List<Match> matches = new ArrayList<>();
            for (Application candidate : theirs) {
                Optional<Scorer.Pair> pair = side == Side.SENDING ? Scorer.score(application, candidate)
                        : Scorer.score(candidate, application);
                pair.ifPresent(p -> matches.add(new Match(candidate, p.score(), p.named(), p.reasons())));
            }
            matches.sort(ORDER);
            rankings.add(new Ranking(application, top > 0 && matches.size() > top ? matches.subList(0, top)
                    : matches));
        }
        return rankings;
    }

    private static List<Application> sorted(List<Application> applications, Side side) {
        return applications.stream().filter(a -> a.side() == side)
                .sorted(Comparator.comparing(Application::reference).thenComparing(Application::id)).toList();
    }

    /**
     * One application per case and side: a company that applied three times is one candidate, its latest
     * application (the list is in time order) standing for the others.
     */
    public static List<Application> onePerCase(List<Application> inTimeOrder) {
        Map<String, Application> latest = new LinkedHashMap<>();
        for (Application application : inTimeOrder) {
            latest.put(application.side() + " " + application.caseId(), application);
        }
        return List.copyOf(latest.values());
    }
}
