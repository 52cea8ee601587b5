package eu.mobilisesme.review.sheet;

/**
 * One cell's text. {@code number} marks text that came from a DynamoDB number: it cannot hold a formula, so the
 * CSV writer leaves a leading minus alone there; every other cell is text and gets the formula guard.
 */
public record Cell(String text, boolean number) {

    public static final Cell EMPTY = new Cell("", false);

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Cell(text, false);
    }

    /** A DynamoDB number; text that does not parse as one (a damaged export) is treated as text. */
    public static Cell number(String text) {
        return eu.mobilisesme.review.items.PlainJson.decimal(text) != null ? new Cell(text, true) : text(text);
    }
}
