package eu.mobilisesme.forms;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The form texts of one language: labels, hints, option labels, error and eligibility messages.
 * Bundles are {@code messages_<lang>.properties} beside this class, read as UTF-8.
 */
public final class Messages {

    static final String BUNDLE = "eu.mobilisesme.forms.messages";
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The messages of a site language; an unsupported language is a programming error. */
    public static Messages of(String lang) {
        if (!Languages.supported(lang)) {
            throw new IllegalArgumentException("Not a site language: " + lang);
        }
        return CACHE.computeIfAbsent(lang, Messages::new);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A message with {@code {name}} placeholders replaced. */
    public String format(String key, Map<String, ?> arguments) {
        return fill(get(key), arguments);
    }

    /** Replaces each {@code {name}} in a bundle text; the notices' texts use the same placeholders. */
    public static String fill(String text, Map<String, ?> arguments) {
        String filled = text;
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            filled = filled.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return filled;
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(bundle.keySet());
    }

    public String fieldLabel(String field) {
        return get("field." + field + ".label");
    }
}
