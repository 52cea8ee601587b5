package eu.mobilisesme.notify;

import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The e-mail texts of one language, from {@code notify_<lang>.properties} beside this class, read the way the
 * forms' {@code Messages} are: UTF-8, no fallback to another language, {@code {name}} placeholders.
 */
public final class NoticeTexts {

    static final String BUNDLE = "eu.mobilisesme.notify.notify";
    private static final Map<String, NoticeTexts> CACHE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private NoticeTexts(String lang) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), NoticeTexts.class.getClassLoader(),
                NO_FALLBACK);
    }

    public static NoticeTexts of(String lang) {
        if (!Languages.supported(lang)) {
            throw new IllegalArgumentException("Not a site language: " + lang);
        }
        return CACHE.computeIfAbsent(lang, NoticeTexts::new);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Map<String, ?> arguments) {
        return Messages.fill(get(key), arguments);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(bundle.keySet());
    }
}
