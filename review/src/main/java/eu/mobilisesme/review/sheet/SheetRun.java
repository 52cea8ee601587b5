package eu.mobilisesme.review.sheet;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.items.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders items into rows as they are read ({@link #encode}), then feeds the sorted rows to the writers
 * ({@link #accept}): each expected form gets its file or sheet, with a header even when no submission matched;
 * items of forms this version does not know go last, to the "other" sheet.
 */
public final class SheetRun {

    private static final int NAMES_SHOWN = 10;

    private final List<String> expected;
    private final List<SheetWriter> writers;
    private final RowRenderer renderer;
    private final Labels labels;
    private final Console console;
    private final Map<String, FormColumns> columns = new HashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final TreeSet<String> unknownNames = new TreeSet<>();
    private long itemsWithUnknown;
    private int nextExpected;
    private FormColumns current;
    private java.util.function.BiFunction<FormColumns, List<Cell>, List<Cell>> finisher = (form, cells) -> cells;

    public SheetRun(List<String> expectedForms, Labels labels, List<SheetWriter> writers, Console console) {
        this.expected = List.copyOf(expectedForms);
        this.writers = List.copyOf(writers);
        this.labels = labels;
        this.renderer = new RowRenderer(labels);
        this.console = console;
    }

    /** The item's row as one line: its form, a tab, then the encoded cells. */
    public String encode(Item item) {
        String form = Forms.byId(item.form()).isPresent() ? item.form() : FormColumns.OTHER;
        FormColumns formColumns = columns.computeIfAbsent(form, id -> FormColumns.of(id, labels));
        noteUnknown(formColumns, item);
        return form + '\t' + CellCodec.encode(renderer.render(formColumns, item));
    }

    /** Completes each row just before it is written, with what is known only once every item was read. */
    public void finishRowsWith(java.util.function.BiFunction<FormColumns, List<Cell>, List<Cell>> finisher) {
        this.finisher = finisher;
    }

    /** A line made by {@link #encode}, in sorted order. */
    public void accept(String line) {
        int tab = line.indexOf('\t');
        String form = line.substring(0, tab);
        if (current == null || !current.formId().equals(form)) {
            start(form);
        }
        List<Cell> cells = finisher.apply(current, CellCodec.decode(line, tab + 1));
        counts.merge(form, 1L, Long::sum);
        for (SheetWriter writer : writers) {
            writer.row(cells);
        }
    }

    private void start(String form) {
        int position = expected.indexOf(form);
        int until = position < 0 ? expected.size() : position;
        while (nextExpected < until) {
            begin(expected.get(nextExpected++));
        }
        if (position >= 0) {
            nextExpected = position + 1;
        }
        begin(form);
    }

    private void begin(String form) {
        current = columns.computeIfAbsent(form, id -> FormColumns.of(id, labels));
        counts.putIfAbsent(form, 0L);
        for (SheetWriter writer : writers) {
            writer.startForm(current);
        }
    }

    private void noteUnknown(FormColumns form, Item item) {
        boolean any = false;
        for (String name : item.attributes().keySet()) {
            if (!form.shown().contains(name)) {
                any = true;
                if (unknownNames.size() < NAMES_SHOWN || unknownNames.contains(name)) {
                    unknownNames.add(name);
                }
            }
        }
        if (any) {
            itemsWithUnknown++;
        }
    }

    /** Completes the forms nobody submitted, and puts every file in place. */
    public List<Path> finish() {
        while (nextExpected < expected.size()) {
            begin(expected.get(nextExpected++));
        }
        if (itemsWithUnknown > 0) {
            console.warning("sheets.unknownAttributes", itemsWithUnknown, String.join(", ", unknownNames),
                    labels.text("column.extra"));
        }
        List<Path> files = new ArrayList<>();
        for (SheetWriter writer : writers) {
            files.addAll(writer.finish());
        }
        return files;
    }

    /** Rows written per form, in sheet order. */
    public Map<String, Long> counts() {
        return counts;
    }
}
