package eu.mobilisesme.review.work;

import eu.mobilisesme.forms.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the case-work commands and columns (what is new, review status, repeat submitters, matches), from
 * {@code work_<lang>.properties}, kept apart from the sheets' bundle so both can grow independently. Every text is
 * a {@link MessageFormat} pattern, even without arguments, so an apostrophe is always written twice.
 */
public final class WorkTexts {

    public static final String BUNDLE = "eu.mobilisesme.review.work";

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;

    private WorkTexts(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = bundle(lang);
    }

    /** The texts of a site language; English for any other. */
    public static WorkTexts of(String lang) {
        return new WorkTexts(lang != null && Languages.supported(lang) ? lang : Languages.DEFAULT);
    }

    public static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), WorkTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() {
        return lang;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The words for a status code, e.g. "On hold"; a code this version does not know shows as stored. */
    public String status(String code) {
        String key = "status." + code;
        return bundle.containsKey(key) ? format(key) : code;
    }
}
