package eu.mobilisesme.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The site's languages, declared once. The first is the default. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "es", "fr", "nl", "de");
    public static final String DEFAULT = "en";

    private static final List<Locale.LanguageRange> NONE = List.of();

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
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            ranges = NONE;
        }
        return Optional.ofNullable(Locale.lookupTag(ranges, SUPPORTED));
    }
}
