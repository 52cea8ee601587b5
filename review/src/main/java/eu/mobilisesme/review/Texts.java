package eu.mobilisesme.review;

import eu.mobilisesme.forms.Languages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's own messages in one language, from {@code review_<lang>.properties}, formatted with
 * {@link MessageFormat}: counts use a choice, such as {@code {0,choice,1#1 submission|1<{0,number,integer}
 * submissions}}, which is all the plural rules of the five site languages need (one, other).
 */
public final class Texts {

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle("eu.mobilisesme.review.review", locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of {@code lang}, or English for a language the tool does not speak. */
    public static Texts of(String lang) {
        return new Texts(lang != null && Languages.supported(lang) ? lang : Languages.DEFAULT);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A text used as it is, not as a MessageFormat pattern (sheet names, column headers). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** A count with its noun in the right form, from {@code count.<noun>}: "1 submission", "2 Einsendungen". */
    public String count(String noun, long n) {
        return format("count." + noun, n);
    }

    /** A number as this language writes it: 1,250 or 1.250 or 1 250. */
    public String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** The language asked for on a command line, {@code --lang xx} or {@code --lang=xx}, before it is parsed. */
    public static Texts forArguments(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return of(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return of(args[i].substring("--lang=".length()));
            }
        }
        return of(Languages.DEFAULT);
    }
}
