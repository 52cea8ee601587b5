package eu.mobilisesme.review.items;

import eu.mobilisesme.notify.DailyDigest;
import eu.mobilisesme.notify.RateLimit;
import eu.mobilisesme.review.Console;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The submissions staff see: the source's items without those whose retention period has ended (TTL deletion
 * lags behind, so exports and the table still hold some) and without those the filter leaves out; sorted when
 * asked, by form, then time received, then id, through an {@link ExternalSort} so that memory stays flat.
 */
public final class Submissions {

    private final ItemSource source;
    private final ItemFilter filter;
    private final Console console;
    private long expired;
    private long kept;

    public Submissions(ItemSource source, ItemFilter filter, Console console) {
        this.source = source;
        this.filter = filter;
        this.console = console;
    }

    /** Every matching item, in no particular order. */
    public void forEach(Consumer<Item> sink) {
        Instant now = source.stateTime();
        source.forEach(item -> {
            if (isNotice(item)) {
                return;
            }
            if (item.expiredAt(now)) {
                expired++;
            } else if (filter.test(item)) {
                kept++;
                sink.accept(item);
            }
        });
        if (expired > 0) {
            console.say("submissions.expired", console.texts().count("submission", expired), now.toString());
        }
    }

    /**
     * Every matching item sorted by the position of its form in {@code formOrder} (unknown forms last), then
     * {@code receivedAt}, then id; the same items always come out in the same order. What is sorted is
     * {@code payload(item)}, made as the items are read (one line of text, no line breaks), and {@code sink}
     * receives the payloads in order.
     */
    public void forEachSorted(List<String> formOrder, Function<Item, String> payload, Consumer<String> sink) {
        try (ExternalSort sort = new ExternalSort()) {
            forEach(item -> sort.add(sortKey(formOrder, item) + payload.apply(item)));
            console.say("submissions.sorting", console.texts().count("submission", kept));
            sort.forEachSorted(line -> sink.accept(line.substring(
                    line.indexOf('\t', line.indexOf('\t', line.indexOf('\t') + 1) + 1) + 1)));
        }
    }

    /** The e-mail notifier's per-address limit items and daily digest items share the table, but are no submissions. */
    static boolean isNotice(Item item) {
        return item.id() != null
                && (item.id().startsWith(RateLimit.KEY_PREFIX) || item.id().startsWith(DailyDigest.KEY_PREFIX));
    }

    public long expired() {
        return expired;
    }

    public long kept() {
        return kept;
    }

    /** Form position, time received as a fixed-width number (or the raw text after all times), id. */
    static String sortKey(List<String> formOrder, Item item) {
        int position = formOrder.indexOf(item.form());
        String form = String.format(Locale.ROOT, "%03d", position < 0 ? 999 : position);
        String received = item.receivedAt()
                .map(at -> String.format(Locale.ROOT, "0%020d%09d", at.getEpochSecond() + 100_000_000_000L,
                        at.getNano()))
                .orElseGet(() -> "1" + ExternalSort.escape(String.valueOf(
                        item.string(eu.mobilisesme.submission.SubmissionAttributes.RECEIVED_AT))));
        String id = item.id() == null ? "" : ExternalSort.escape(item.id());
        return form + '\t' + received + '\t' + id + '\t';
    }
}
