package eu.mobilisesme.review.runs;

import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.ItemSource;
import java.time.Instant;
import java.util.function.Consumer;

/** A source that passes on only the items of a period (for {@code --new}). */
public final class PeriodSource implements ItemSource {

    private final ItemSource source;
    private final Period period;

    public PeriodSource(ItemSource source, Period period) {
        this.source = source;
        this.period = period;
    }

    @Override
    public void forEach(Consumer<Item> sink) {
        source.forEach(item -> {
            if (period.covers(item)) {
                sink.accept(item);
            }
        });
    }

    @Override
    public Instant stateTime() {
        return source.stateTime();
    }

    @Override
    public String describe() {
        return source.describe();
    }
}
