package eu.mobilisesme.forms;

import java.text.Normalizer;

/**
 * Turns what a browser or script sent into the text we keep: Unicode NFC, trimmed, and for single-line fields one
 * space between words. It also says whether the text holds characters a field refuses.
 */
final class TextNormalizer {

    /**
     * The longest run of combining marks kept: Unicode's stream-safe format (UAX #15) allows 30, and no language
     * needs more. Normalising a longer run costs time that grows with the square of its length.
     */
    static final int MAX_COMBINING_RUN = 30;

    /**
     * How much longer than its limit a raw value may be before it is refused unread: normalising can shorten text
     * (decomposed letters compose, runs of spaces become one), but never by more than this.
     */
    static final int RAW_LENGTH_FACTOR = 4;
    static final int RAW_LENGTH_MARGIN = 64;

    /** Letters that render as nothing: Hangul fillers and the blank braille pattern. */
    private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";

    private TextNormalizer() {
    }

    /** Whether a raw value is too long to be worth normalising: it cannot come under the limit afterwards. */
    static boolean hopelesslyLong(String raw, int maxLength) {
        return raw.length() > (long) maxLength * RAW_LENGTH_FACTOR + RAW_LENGTH_MARGIN;
    }

    /** Whether some run of combining marks is longer than {@link #MAX_COMBINING_RUN}; checked before normalising. */
    static boolean hasLongCombiningRun(String raw) {
        int run = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            run = isCombining(cp) ? run + 1 : 0;
            if (run > MAX_COMBINING_RUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text shows anything: it holds a character that is not a space, a control or format character
     * (zero-width and joiners), a blank letter (Hangul filler, braille blank) or a combining mark with no letter.
     */
    static boolean visible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                    || type == Character.FORMAT || isCombining(cp) || BLANK_LETTERS.indexOf(cp) >= 0
                    || Character.isIdentifierIgnorable(cp)) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static String singleLine(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    static String multiLine(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return text.strip();
    }

    /** Single-line fields refuse every control, format (bidi, zero-width) and unpaired surrogate character. */
    static boolean acceptableSingleLine(String raw) {
        return raw.codePoints().allMatch(cp -> {
            if (cp == ' ' || (Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT)) {
                return true;
            }
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && !isNonCharacter(cp) && cp != REPLACEMENT;
        });
    }

    /** Free text keeps line breaks and tabs, and format characters such as emoji joiners, but never bidi overrides. */
    static boolean acceptableMultiLine(String raw) {
        return raw.codePoints().allMatch(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                return true;
            }
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.SURROGATE && !isBidiControl(cp)
                    && !isNonCharacter(cp) && cp != REPLACEMENT;
        });
    }

    /** U+FFFD stands for bytes that were not UTF-8: what they were is lost, so it is never kept. */
    private static final int REPLACEMENT = 0xFFFD;

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
