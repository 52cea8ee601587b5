package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.items.PlainJson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * One cell's text and what it is. A {@code NUMBER} came from a DynamoDB number: it cannot hold a formula, so the CSV
 * writer leaves a leading minus alone there, and the workbook writes it as a numeric cell. A {@code DATE}
 * ({@code yyyy-MM-dd}) or {@code TIME} ({@code yyyy-MM-dd HH:mm}, Brussels time) becomes a date cell in the
 * workbook. Every other cell is text and gets the formula guard. CSV files hold the text of every kind as it is.
 */
public record Cell(String text, Kind kind) {

    /** What the workbook makes of a cell. */
    public enum Kind {
        TEXT('t'), NUMBER('n'), DATE('d'), TIME('m');

        final char code;

        Kind(char code) {
            this.code = code;
        }

        static Kind of(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            return TEXT;
        }
    }

    public static final Cell EMPTY = new Cell("", Kind.TEXT);

    /** A text cell, or a number cell when {@code number}. */
    public Cell(String text, boolean number) {
        this(text, number ? Kind.NUMBER : Kind.TEXT);
    }

    public boolean number() {
        return kind == Kind.NUMBER;
    }

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Cell(text, Kind.TEXT);
    }

    /** A DynamoDB number; text that does not parse as one (a damaged export) is treated as text. */
    public static Cell number(String text) {
        return PlainJson.decimal(text) != null ? new Cell(text, Kind.NUMBER) : text(text);
    }

    /** A day as the forms store it, {@code yyyy-MM-dd}; anything else stays text. */
    public static Cell date(String text) {
        try {
            LocalDate.parse(text);
            return new Cell(text, Kind.DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            return text(text);
        }
    }

    /** A time as the sheets show it, {@code yyyy-MM-dd HH:mm} in Brussels time. */
    public static Cell time(String text) {
        return new Cell(text, Kind.TIME);
    }

    /** The date of a {@code DATE} cell. */
    public LocalDate localDate() {
        return LocalDate.parse(text);
    }

    /** The date and time of a {@code TIME} cell. */
    public LocalDateTime localDateTime() {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }
}
