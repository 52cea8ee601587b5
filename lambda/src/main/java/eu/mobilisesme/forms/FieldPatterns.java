package eu.mobilisesme.forms;

import java.util.regex.Pattern;

/**
 * The text patterns the validator matches values against, kept as plain regular expressions so that the site can
 * hand the very same ones to the browser's check (they use only syntax Java and JavaScript read alike).
 */
public final class FieldPatterns {

    /** The browser's own rule for type=email (WHATWG), plus a dot in the domain. */
    public static final String EMAIL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";
    /** A phone number in E.164, once {@link #PHONE_SEPARATORS} are dropped and a leading 00 is read as +. */
    public static final String E164 = "\\+[1-9][0-9]{7,14}";
    public static final String PHONE_SEPARATORS = "[\\s.()\\-/]";
    public static final String INTEGER = "[+-]?[0-9]{1,9}";
    /** A VAT or registration number, upper-cased and with {@link #VAT_SEPARATORS} dropped. */
    public static final String VAT = "[A-Z0-9]+";
    public static final String VAT_SEPARATORS = "[\\s.\\-/]";
    public static final String NACE_CODE = "[0-9]{2}(\\.[0-9]{1,2})?";
    public static final String ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);
    static final Pattern E164_PATTERN = Pattern.compile(E164);
    static final Pattern INTEGER_PATTERN = Pattern.compile(INTEGER);
    static final Pattern VAT_PATTERN = Pattern.compile(VAT);
    static final Pattern ISO_DATE_PATTERN = Pattern.compile(ISO_DATE);
    private static final Pattern NACE_CODE_PATTERN = Pattern.compile(NACE_CODE);

    private FieldPatterns() {
    }

    /** A free-text field's own pattern and the error it gives, or null: only the NACE code has one. */
    public static TextPattern of(Field field) {
        return field.name().equals("naceCode") && (field.type() == FieldType.TEXT)
                ? new TextPattern(NACE_CODE_PATTERN, ErrorCode.NACE_CODE_INVALID) : null;
    }

    /** A pattern a whole value must match, and the code reported when it does not. */
    public record TextPattern(Pattern pattern, ErrorCode error) {

        public String regex() {
            return pattern.pattern();
        }
    }
}
