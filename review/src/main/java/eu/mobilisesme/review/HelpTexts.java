package eu.mobilisesme.review;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The {@code --help} texts in the language of {@code --lang}: picocli reads them from
 * {@code help_<lang>.properties} (keys: {@code review.<command>.usage.description}, the option's name without
 * dashes, qualified by the command where its text differs). English is the texts of the annotations.
 */
final class HelpTexts {

    static final String BUNDLE = "eu.mobilisesme.review.help";

    private HelpTexts() {
    }

    static void apply(CommandLine cli, Texts texts) {
        if (texts.lang().equals("en")) {
            return;
        }
        try {
            cli.setResourceBundle(bundle(texts.locale()));
        } catch (MissingResourceException none) {
            // no translation of the help: the English texts stay
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, HelpTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
