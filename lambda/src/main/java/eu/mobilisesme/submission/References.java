package eu.mobilisesme.submission;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The reference a person quotes on the phone, derived from the submission id so that a retry gets the same one
 * without a read. Crockford's base 32 has no I, L, O or U, so nothing is misheard or misread.
 */
public final class References {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final Pattern FORMAT = Pattern.compile("MSME-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private References() {
    }

    public static String of(UUID id) {
        long bits = id.getMostSignificantBits() ^ Long.rotateLeft(id.getLeastSignificantBits(), 17);
        StringBuilder out = new StringBuilder("MSME-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                out.append('-');
            }
            out.append(ALPHABET[(int) (bits >>> (59 - 5 * i)) & 31]);
        }
        return out.toString();
    }
}
