package eu.mobilisesme.review.items;

import java.time.Instant;
import java.util.function.Consumer;

/** Where submissions come from: downloaded exports or the live table. */
public interface ItemSource {

    /** Hands every current item to {@code sink} once, in no particular order. */
    void forEach(Consumer<Item> sink);

    /** The moment the items show: the export time, or now for the live table. TTL is judged against it. */
    Instant stateTime();

    /** For people: where the items came from, e.g. the export ids or the table name. */
    String describe();

    /** The same in the language staff read. */
    default String describe(eu.mobilisesme.review.Texts texts) {
        return describe();
    }
}
