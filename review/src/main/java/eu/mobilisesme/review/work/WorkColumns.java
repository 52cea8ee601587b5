package eu.mobilisesme.review.work;

import eu.mobilisesme.review.cases.Cases;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.sheet.Cell;
import eu.mobilisesme.review.sheet.Column;
import eu.mobilisesme.review.sheet.RowRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The case-work columns of every sheet: the review status (words in the sheet's language, "New" when none was
 * recorded), its history, and the case of a repeat submitter. They are not stored attributes: {@link #decorate}
 * adds them to an item, already in words, just before it is rendered.
 */
public final class WorkColumns {

    public static final String STATUS = "*status";
    public static final String HISTORY = "*statusHistory";
    public static final String CASE = "*case";

    private WorkColumns() {
    }

    public static List<Column> columns(String lang) {
        WorkTexts texts = WorkTexts.of(lang);
        return List.of(new Column(STATUS, texts.format("column.status"), null),
                new Column(CASE, texts.format("column.case"), null),
                new Column(HISTORY, texts.format("column.statusHistory"), null));
    }

    /** The stored attributes these columns show, so that they never land in {@code extra}. */
    public static List<String> stored() {
        return ReviewStatus.ATTRIBUTES;
    }

    /** The item with the case-work columns filled in; {@code cases} may be null when none were gathered. */
    public static Item decorate(Item item, Cases cases, WorkTexts texts) {
        Map<String, AttributeValue> attributes = new HashMap<>(item.attributes());
        attributes.put(STATUS, AttributeValue.fromS(texts.status(status(item))));
        String history = history(item, texts);
        if (!history.isEmpty()) {
            attributes.put(HISTORY, AttributeValue.fromS(history));
        }
        if (cases != null && item.id() != null) {
            cases.of(item.id()).filter(c -> c.size() > 1).ifPresent(c ->
                    attributes.put(CASE, AttributeValue.fromS(texts.format("case.of", c.id(), c.size()))));
        }
        return new Item(attributes);
    }

    /** The row with its case cell filled in, found by the row's submission id once all submissions were read. */
    public static List<Cell> withCase(eu.mobilisesme.review.sheet.FormColumns form,
            List<Cell> cells, Cases cases, WorkTexts texts) {
        int caseColumn = -1;
        int idColumn = -1;
        for (int i = 0; i < form.columns().size(); i++) {
            String attribute = form.columns().get(i).attribute();
            if (attribute.equals(CASE)) {
                caseColumn = i;
            } else if (attribute.equals(eu.mobilisesme.submission.SubmissionAttributes.ID)) {
                idColumn = i;
            }
        }
        if (caseColumn < 0 || idColumn < 0 || idColumn >= cells.size()) {
            return cells;
        }
        String id = cells.get(idColumn).text();
        int at = caseColumn;
        return cases.of(id).filter(c -> c.size() > 1).map(c -> {
            List<Cell> filled = new ArrayList<>(cells);
            filled.set(at, Cell.text(texts.format("case.of", c.id(), c.size())));
            return filled;
        }).orElse(cells);
    }

    /** The stored status code, or "new". */
    public static String status(Item item) {
        String code = item.string(ReviewStatus.ATTRIBUTE);
        return code == null || code.isBlank() ? ReviewStatus.NEW.code() : code;
    }

    /** The changes, oldest first: "2027-01-05 10:12 Ana Pérez: Screened (note)". */
    static String history(Item item, WorkTexts texts) {
        AttributeValue list = item.get(ReviewStatus.HISTORY);
        if (list == null || list.type() != AttributeValue.Type.L) {
            return "";
        }
        List<String> entries = new ArrayList<>();
        for (AttributeValue entry : list.l()) {
            if (entry.type() != AttributeValue.Type.M) {
                continue;
            }
            Map<String, AttributeValue> m = entry.m();
            String time = Item.instant(text(m, "time")).map(RowRenderer.TIME::format).orElse(text(m, "time"));
            String note = text(m, "note");
            entries.add(texts.format(note.isEmpty() ? "history.entry" : "history.entryNote", time, text(m, "by"),
                    texts.status(text(m, "status")), note));
        }
        return String.join(RowRenderer.JOIN, entries);
    }

    private static String text(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null || v.s() == null ? "" : v.s();
    }
}
