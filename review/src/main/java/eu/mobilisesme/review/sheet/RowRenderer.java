package eu.mobilisesme.review.sheet;

import static eu.mobilisesme.submission.SubmissionAttributes.CHANNEL;
import static eu.mobilisesme.submission.SubmissionAttributes.ELIGIBILITY;
import static eu.mobilisesme.submission.SubmissionAttributes.ELIGIBILITY_REASONS;
import static eu.mobilisesme.submission.SubmissionAttributes.EXPIRES_AT;
import static eu.mobilisesme.submission.SubmissionAttributes.LANG;
import static eu.mobilisesme.submission.SubmissionAttributes.RECEIVED_AT;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.PlainJson;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns an item into the cells of its form's row: codes become labels in the chosen language, several choices are
 * joined with "; " in the form's option order, times are shown in Brussels time, and attributes the form does not
 * know go to {@code extra} as JSON.
 */
public final class RowRenderer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZONE);
    public static final String JOIN = "; ";

    private final Labels labels;

    public RowRenderer(Labels labels) {
        this.labels = labels;
    }

    public List<Cell> render(FormColumns form, Item item) {
        List<Cell> cells = new ArrayList<>(form.columns().size());
        for (Column column : form.columns()) {
            if (column.attribute().equals(Column.EXTRA)) {
                cells.add(Cell.text(extra(form, item)));
            } else if (column.field() != null) {
                cells.add(field(column.field(), item.get(column.attribute())));
            } else {
                cells.add(meta(column.attribute(), item.get(column.attribute())));
            }
        }
        return cells;
    }

    /** The attributes this version does not know, as a JSON object; empty when there are none. */
    public static String extra(FormColumns form, Item item) {
        Map<String, AttributeValue> unknown = new TreeMap<>();
        item.attributes().forEach((name, value) -> {
            if (!form.shown().contains(name)) {
                unknown.put(name, value);
            }
        });
        return unknown.isEmpty() ? "" : PlainJson.of(unknown);
    }

    private Cell meta(String attribute, AttributeValue value) {
        if (value == null || value.type() == AttributeValue.Type.NUL) {
            return Cell.EMPTY;
        }
        return switch (attribute) {
            case RECEIVED_AT -> value.s() == null ? Cell.text(plain(value))
                    : Item.instant(value.s()).map(at -> Cell.time(TIME.format(at))).orElse(Cell.text(value.s()));
            case EXPIRES_AT -> value.n() == null ? Cell.text(plain(value)) : epochSeconds(value.n());
            case LANG -> Cell.text(labels.languageName(plain(value)));
            case ELIGIBILITY -> Cell.text(labels.textOr("outcome." + plain(value), plain(value)));
            case ELIGIBILITY_REASONS -> Cell.text(String.join(JOIN, reasons(value)));
            case CHANNEL -> Cell.text(labels.textOr("channel." + plain(value), plain(value)));
            default -> generic(value);
        };
    }

    private List<String> reasons(AttributeValue value) {
        return strings(value).stream()
                .sorted(Comparator.comparingInt(RowRenderer::reasonOrder).thenComparing(Comparator.naturalOrder()))
                .map(code -> labels.textOr("reason." + code, code)).toList();
    }

    private static int reasonOrder(String code) {
        for (Reason reason : Reason.values()) {
            if (reason.name().equals(code)) {
                return reason.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private Cell field(Field field, AttributeValue value) {
        if (value == null || value.type() == AttributeValue.Type.NUL) {
            return Cell.EMPTY;
        }
        if (field.type().hasOptions()) {
            List<String> values = strings(value);
            values.sort(Comparator.comparingInt((String v) -> optionOrder(field, v))
                    .thenComparing(Comparator.naturalOrder()));
            return Cell.text(String.join(JOIN, values.stream().map(v -> labels.option(field, v)).toList()));
        }
        if (field.type() == FieldType.CONSENT && value.type() == AttributeValue.Type.BOOL) {
            return Cell.text(labels.yesNo(value.bool()));
        }
        if (field.type() == FieldType.DATE && value.type() == AttributeValue.Type.S) {
            return Cell.date(value.s());
        }
        return generic(value);
    }

    private static int optionOrder(Field field, String value) {
        int index = field.optionValues().indexOf(value);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private Cell generic(AttributeValue value) {
        return switch (value.type()) {
            case N -> Cell.number(value.n());
            case BOOL -> Cell.text(labels.yesNo(value.bool()));
            case SS, NS, L -> Cell.text(String.join(JOIN, strings(value)));
            default -> Cell.text(plain(value));
        };
    }

    /** The values of a set, a list or a single value, as text; sets are sorted. */
    private static List<String> strings(AttributeValue value) {
        List<String> values = new ArrayList<>();
        switch (value.type()) {
            case SS -> values.addAll(value.ss().stream().sorted().toList());
            case NS -> values.addAll(value.ns().stream().sorted(PlainJson.NUMERIC).toList());
            case L -> value.l().forEach(element -> values.add(plain(element)));
            default -> values.add(plain(value));
        }
        return values;
    }

    /** A single value as text: strings and numbers as stored, anything nested as JSON. */
    static String plain(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case BOOL -> value.bool().toString();
            case NUL -> "";
            default -> PlainJson.value(value);
        };
    }

    private static Cell epochSeconds(String n) {
        try {
            return Cell.time(TIME.format(Instant.ofEpochSecond(new java.math.BigDecimal(n).longValue())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Cell.text(n);
        }
    }
}
