package eu.mobilisesme.review.runs;

import eu.mobilisesme.review.Environment;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --new} and {@code --last-runs} of {@code sheets} and {@code report}: only what arrived since the last run
 * on this computer. A run moves the mark when it showed everything new, that is with {@code --new} or without
 * filters; a run narrowed by {@code --form}, dates, languages or outcomes leaves it alone.
 */
public final class NewOptions {

    @Option(names = "--new", description = "Only submissions received since the last run of this command on this "
            + "computer (for the same table, or for exports). The first time: everything.")
    boolean onlyNew;

    @Option(names = "--last-runs", paramLabel = "FILE", description = "Where --new keeps the time of the last run. "
            + "Default: REVIEW_LAST_RUNS, else .mobilisesme-review/last-runs.txt in your home folder.")
    Path file;

    public boolean onlyNew() {
        return onlyNew;
    }

    /** The state file: --last-runs, else REVIEW_LAST_RUNS, else beside the erasure ledger in the home folder. */
    public Path file(Environment env) {
        if (file != null) {
            return file;
        }
        String variable = env.variables().get(RunState.VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home")).resolve(RunState.DEFAULT);
    }

    /** One run of a command on one source, from its period to recording it. */
    public Run start(Environment env, String command, String sourceKey, ItemSource source) {
        RunState state = RunState.load(file(env));
        String key = command + " " + sourceKey;
        Instant until = source.stateTime();
        Optional<Instant> last = state.last(key);
        Period period = onlyNew ? new Period(last, until, true, last.isEmpty()) : Period.everything(until);
        return new Run(state, key, period);
    }

    /** A run under way: its period, and the mark to record when it succeeded. */
    public record Run(RunState state, String key, Period period) {

        /** Moves the mark if this run showed everything new: with --new, or without any filter. */
        public void succeeded(ItemFilter filter) {
            if (period.onlyNew() || filter.describe().isEmpty()) {
                state.record(key, period.until());
            }
        }
    }
}
