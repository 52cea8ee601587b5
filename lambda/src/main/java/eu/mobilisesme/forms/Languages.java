package eu.mobilisesme.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The site's languages, declared once. The first is the default. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "es", "fr", "nl", "de");
    public static final String DEFAULT = "en";

    /** A language range as RFC 4647 writes it; the JDK's parser lets through ranges its lookup then fails on. */
    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-([A-Za-z0-9]{1,8}|\\*))*");

    private Languages() {
    }

    public static boolean supported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }

    /** The best site language for an {@code Accept-Language} header, if any matches; malformed headers match none. */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header).stream()
                    .filter(range -> RANGE.matcher(range.getRange()).matches())
                    .toList();
            return Optional.ofNullable(Locale.lookupTag(ranges, SUPPORTED));
        } catch (RuntimeException malformed) {
            // A header the JDK cannot read names no language we know.
            return Optional.empty();
        }
    }
}
