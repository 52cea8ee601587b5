package eu.mobilisesme.review.matching;

import eu.mobilisesme.review.cases.Cases;
import eu.mobilisesme.review.items.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the applications to match while the submissions are read: refused and (preliminarily) ineligible ones
 * are counted and left out unless asked for; erased people never get here (the erasure ledger and the table's
 * deletions take them out first). Repeat submitters are one candidate per side, with their case.
 */
public final class MatchInput {

    private final boolean includeRefused;
    private final boolean includeIneligible;
    private final Cases cases = new Cases();
    private final List<java.time.Instant> receivedAt = new ArrayList<>();
    private final List<Application> read = new ArrayList<>();
    private long refused;
    private long ineligible;

    public MatchInput(boolean includeRefused, boolean includeIneligible) {
        this.includeRefused = includeRefused;
        this.includeIneligible = includeIneligible;
    }

    /** Every submission read; cases are formed over all of them, contact messages included. */
    public void add(Item item) {
        cases.add(item);
        Applications.of(item).ifPresent(application -> {
            if (!includeRefused && "refused".equals(application.status())) {
                refused++;
            } else if (!includeIneligible && "ineligible".equals(application.eligibility())) {
                ineligible++;
            } else {
                read.add(application);
                receivedAt.add(item.receivedAt().orElse(java.time.Instant.MIN));
            }
        });
    }

    /** The applications to match, one per case and side (the latest application of a case stands for it). */
    public List<Application> applications() {
        List<Application> withCases = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Application application = read.get(i);
            withCases.add(cases.of(application.id()).map(c -> application.withCase(c.id(), c.size()))
                    .orElse(application));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < withCases.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> receivedAt.get(i))
                .thenComparing(i -> withCases.get(i).id()));
        return Matcher.onePerCase(order.stream().map(withCases::get).toList());
    }

    public Cases cases() {
        return cases;
    }

    public long refused() {
        return refused;
    }

    public long ineligible() {
        return ineligible;
    }
}
