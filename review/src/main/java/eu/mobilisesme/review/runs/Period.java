package eu.mobilisesme.review.runs;

import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.sheet.RowRenderer;
import eu.mobilisesme.review.work.WorkTexts;
import java.time.Instant;
import java.util.Optional;

/**
 * The submissions one run covers: received after {@code since} (the previous run on this computer; absent for
 * everything) and no later than {@code until} (the moment the data shows: the export time, or now for the table).
 * {@code firstRun} says that {@code --new} found no earlier run, so everything is new.
 */
public record Period(Optional<Instant> since, Instant until, boolean onlyNew, boolean firstRun) {

    public static Period everything(Instant until) {
        return new Period(Optional.empty(), until, false, false);
    }

    /** Whether a submission belongs to the period: a submission without a time is never "new". */
    public boolean covers(Item item) {
        if (!onlyNew) {
            return true;
        }
        Optional<Instant> received = item.receivedAt();
        if (received.isEmpty()) {
            return false;
        }
        return since.map(s -> received.get().isAfter(s)).orElse(true) && !received.get().isAfter(until);
    }

    /** The period in words, e.g. "Received after 2027-01-31 09:00 (the last run on this computer) up to …". */
    public String describe(WorkTexts texts) {
        String to = RowRenderer.TIME.format(until);
        if (since.isPresent()) {
            return texts.format("period.since", RowRenderer.TIME.format(since.get()), to);
        }
        return texts.format(firstRun ? "period.first" : "period.all", to);
    }
}
