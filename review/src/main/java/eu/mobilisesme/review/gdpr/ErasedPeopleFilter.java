package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.ItemSource;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies the erasure ledger to the submissions of an export: a submission an erased person sent is left out, and
 * in anyone else's their fields are removed, exactly as {@code erase} does on the live table. Exports cannot be
 * edited, so this is what keeps an erased person out of everything made from an old export.
 */
public final class ErasedPeopleFilter implements ItemSource {

    private final ItemSource source;
    private final ErasureLedger ledger;
    private final Console console;
    private long left;
    private long blanked;

    public ErasedPeopleFilter(ItemSource source, ErasureLedger ledger, Console console) {
        this.source = source;
        this.ledger = ledger;
        this.console = console;
    }

    @Override
    public void forEach(Consumer<Item> sink) {
        left = 0;
        blanked = 0;
        if (ledger.isEmpty()) {
            source.forEach(sink);
            return;
        }
        source.forEach(item -> {
            Optional<PersonMatch> match = PersonMatch.find(item, ledger.erasedAfter(item.receivedAt()));
            if (match.isEmpty()) {
                sink.accept(item);
            } else if (match.get().submitter()) {
                left++;
            } else {
                blanked++;
                sink.accept(match.get().withoutTheirFields());
            }
        });
        if (left + blanked > 0) {
            console.say("ledger.applied", ledger.file(), console.texts().count("submission", left),
                    console.texts().count("submission", blanked));
        }
    }

    public long leftOut() {
        return left;
    }

    public long blanked() {
        return blanked;
    }

    @Override
    public Instant stateTime() {
        return source.stateTime();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public String describe(eu.mobilisesme.review.Texts texts) {
        return source.describe(texts);
    }
}
