package eu.mobilisesme.review.sheet;

/**
 * Keeps spreadsheet programs from running text as a formula (OWASP "CSV Injection"): a text cell that starts
 * with {@code = + - @}, tab, carriage return or line feed gets a leading {@code '}. Excel and LibreOffice then
 * show the text, with the apostrophe visible in a CSV file: a phone number {@code +32 2 123 45 67} appears as
 * {@code '+32 2 123 45 67}. Only CSV needs this; XLSX cells are written as text and never evaluated.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
            default -> false;
        };
    }

    /** The text as a CSV cell may show it: unchanged unless it is risky. */
    public static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }

    /** Numbers from DynamoDB number attributes cannot hold a formula, so {@code -5} stays a number there. */
    public static String neutralise(Cell cell) {
        return cell.number() ? cell.text() : neutralise(cell.text());
    }
}
