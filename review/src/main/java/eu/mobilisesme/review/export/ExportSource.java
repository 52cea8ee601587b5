package eu.mobilisesme.review.export;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.Texts;
import eu.mobilisesme.review.items.DynamoJson;
import eu.mobilisesme.review.items.ExternalSort;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of downloaded exports: the newest full export, with the incremental exports after it applied on top
 * (the newest write per key wins, deletions remove the item). Every data file is checked while it is read.
 * With incremental exports the records are merged by key through an {@link ExternalSort}, so memory stays flat.
 */
public final class ExportSource implements ItemSource {

    private static final String DELETED = "-";

    private final Export base;
    private final List<Export> incrementals;
    private final Console console;

    public ExportSource(List<Export> exports, Console console) {
        this.console = console;
        this.base = exports.stream().filter(e -> !e.incremental())
                .max(Comparator.comparing(e -> e.summary().exportTime())).orElse(null);
        List<Export> later = new ArrayList<>();
        for (Export export : exports) {
            if (export.incremental() && (base == null
                    || export.summary().windowEnd().isAfter(base.summary().exportTime()))) {
                later.add(export);
            } else if (export != base) {
                console.warning(export.incremental() ? "export.ignoredIncremental" : "export.ignoredFull",
                        export.summary().exportId(), export.folder(), base.summary().exportId());
            }
        }
        this.incrementals = List.copyOf(later);
        if (base == null) {
            console.warning("export.noFull");
        }
    }

    public static ExportSource open(List<java.nio.file.Path> folders, Console console) {
        return new ExportSource(ExportFolders.discover(folders), console);
    }

    @Override
    public Instant stateTime() {
        Instant time = base == null ? Instant.EPOCH : base.summary().exportTime();
        for (Export export : incrementals) {
            if (export.summary().windowEnd().isAfter(time)) {
                time = export.summary().windowEnd();
            }
        }
        return time;
    }

    @Override
    public String describe() {
        return describe(Texts.of("en"));
    }

    @Override
    public String describe(Texts texts) {
        List<String> parts = new ArrayList<>();
        if (base != null) {
            parts.add(texts.format("source.full", base.summary().exportId(), base.summary().exportTime().toString()));
        }
        incrementals.forEach(e -> parts.add(texts.format("source.incremental", e.summary().exportId(),
                e.summary().windowEnd().toString())));
        return String.join(", ", parts);
    }

    /** The exports read, base first: every data file of these is checked. */
    public List<Export> exports() {
        List<Export> all = new ArrayList<>();
        if (base != null) {
            all.add(base);
        }
        all.addAll(incrementals);
        return all;
    }

    @Override
    public void forEach(Consumer<Item> sink) {
        if (incrementals.isEmpty()) {
            if (base != null) {
                read(base, line -> sink.accept(new Item(line.item())));
            }
            return;
        }
        try (ExternalSort byKey = new ExternalSort()) {
            long baseMicros = base == null ? Long.MIN_VALUE : micros(base.summary().exportTime());
            long[] sequence = {0};
            if (base != null) {
                read(base, line -> byKey.add(record(key(base, line.item()), baseMicros, sequence[0]++,
                        line.item())));
            }
            for (Export export : incrementals) {
                long fallback = micros(export.summary().windowEnd());
                read(export, line -> {
                    long written = line.writeMicros() == null ? fallback : line.writeMicros();
                    if (written > baseMicros) {
                        byKey.add(record(key(export, line.keys() != null ? line.keys() : line.item()), written,
                                sequence[0]++, line.item()));
                    }
                });
            }
            applyNewest(byKey, sink);
        }
    }

    private void read(Export export, Consumer<ExportLine> sink) {
        Texts texts = console.texts();
        console.say(export.incremental() ? "export.readingIncremental" : "export.readingFull",
                export.summary().exportId(), texts.count("dataFile", export.files().size()),
                texts.count("item", export.files().stream().mapToLong(DataFile::itemCount).sum()));
        Console.Counter counter = console.counter(texts.text("export.itemsRead"));
        for (DataFile file : export.files()) {
            DataFileReader.read(file, line -> {
                counter.tick();
                sink.accept(line);
            });
        }
    }

    /** Lines sort by key, then write time, then arrival; the last line of each key is its final state. */
    private static String record(String key, long micros, long sequence, Map<String, AttributeValue> image) {
        return ExternalSort.escape(key) + '\t' + String.format(Locale.ROOT, "%020d\t%012d\t", Math.max(0, micros),
                sequence) + (image == null ? DELETED : DynamoJson.toLine(image));
    }

    private static void applyNewest(ExternalSort byKey, Consumer<Item> sink) {
        String[] current = {null, null};
        byKey.forEachSorted(line -> {
            int tab = line.indexOf('\t');
            String key = line.substring(0, tab);
            if (current[0] != null && !current[0].equals(key)) {
                emit(current[1], sink);
            }
            current[0] = key;
            current[1] = line;
        });
        if (current[0] != null) {
            emit(current[1], sink);
        }
    }

    private static void emit(String line, Consumer<Item> sink) {
        int payload = line.indexOf('\t', line.indexOf('\t', line.indexOf('\t') + 1) + 1) + 1;
        if (!line.startsWith(DELETED, payload)) {
            sink.accept(new Item(DynamoJson.fromLine(line.substring(payload))));
        }
    }

    private static String key(Export export, Map<String, AttributeValue> attributes) {
        String id = attributes == null ? null : new Item(attributes).id();
        if (id == null) {
            throw ReviewException.badExportOf("error.noKey", export.summary().exportId(), export.folder(),
                    SubmissionAttributes.ID);
        }
        return id;
    }

    static long micros(Instant time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }
}
