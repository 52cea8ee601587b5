package eu.mobilisesme.site;

import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.OptionSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The form texts of one page language, from the backend's message bundles. A key missing from that language's
 * bundle (or a bundle not written yet) falls back to English, which is complete by contract: a key missing in
 * English fails the bake.
 */
final class FormTexts {

    private final String lang;
    private final Messages own;   // null while this language has no bundle
    private final Messages english = Messages.of(Languages.DEFAULT);
    private int fallbacks;

    FormTexts(String lang) {
        this.lang = lang;
        this.own = bundle(lang).orElse(null);
    }

    static Optional<Messages> bundle(String lang) {
        try {
            return Optional.of(Messages.of(lang));
        } catch (MissingResourceException noBundleYet) {
            return Optional.empty();
        }
    }

    String lang() {
        return lang;
    }

    boolean hasBundle() {
        return own != null;
    }

    /** How many texts so far came from English instead of this language. */
    int fallbacks() {
        return fallbacks;
    }

    Text get(String key) {
        if (own != null && own.has(key)) {
            return new Text(own.get(key), lang);
        }
        if (!english.has(key)) {
            throw new IllegalStateException("The English form messages have no key " + key);
        }
        fallbacks++;
        return new Text(english.get(key), Languages.DEFAULT);
    }

    /** An option's label: country and language names from the JDK in this language, others from the bundles. */
    Text option(OptionSet options, String value) {
        if (options.labelSource() == OptionSet.LabelSource.BUNDLE) {
            return get("option." + options.name() + "." + value);
        }
        if (own != null) {
            return new Text(options.label(value, own), lang);
        }
        // No bundle for this language yet: the JDK still knows its country and language names.
        Locale locale = Locale.forLanguageTag(lang);
        if (options.labelSource() == OptionSet.LabelSource.COUNTRY) {
            return new Text(new Locale("", value).getDisplayCountry(locale), lang);
        }
        String name = new Locale(value).getDisplayLanguage(locale);
        return new Text(name.substring(0, 1).toUpperCase(locale) + name.substring(1), lang);
    }
}
