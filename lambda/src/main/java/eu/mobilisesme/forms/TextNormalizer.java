package eu.mobilisesme.forms;

import java.text.Normalizer;

/**
 * Turns what a browser or script sent into the text we keep: Unicode NFC, trimmed, and for single-line fields one
 * space between words. It also says whether the text holds characters a field refuses.
 */
final class TextNormalizer {

    private TextNormalizer() {
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
                    && !isNonCharacter(cp);
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
                    && !isNonCharacter(cp);
        });
    }

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
