package eu.mobilisesme.review.sheet;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.review.Texts;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * Every text a spreadsheet or report shows, in one language. The tool's own words (meta columns, outcomes, reasons,
 * report headings) come from {@code review_<lang>.properties}; field and option labels come from the form bundles
 * the site uses. Country and language names come from the JDK in any language.
 */
public final class Labels {

    static final String BUNDLE = "eu.mobilisesme.review.review";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String lang;
    private final Locale locale;
    private final ResourceBundle review;
    private final Messages forms;

    private Labels(String lang, ResourceBundle review, Messages forms) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.review = review;
        this.forms = forms;
    }

    /**
     * The labels of a site language. Where the form texts of that language do not exist yet, field and option
     * labels are shown in English, and {@code warn} hears about it once.
     */
    public static Labels of(String lang, Consumer<String> warn) {
        if (!Languages.supported(lang)) {
            throw new IllegalArgumentException("Not a site language: " + lang + " (use one of "
                    + String.join(", ", Languages.SUPPORTED) + ")");
        }
        Messages forms;
        try {
            forms = Messages.of(lang);
        } catch (MissingResourceException missing) {
            warn.accept(Texts.of(lang).format("labels.noFormTexts", lang));
            forms = Messages.of(Languages.DEFAULT);
        }
        return new Labels(lang, bundle(lang), forms);
    }

    static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), Labels.class.getClassLoader(),
                NO_FALLBACK);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    /** A text of the tool's own bundle. */
    public String text(String key) {
        return review.getString(key);
    }

    /** A text of the tool's own bundle, or {@code fallback} for a code it does not know (such as a newer reason). */
    public String textOr(String key, String fallback) {
        return review.containsKey(key) ? review.getString(key) : fallback;
    }

    public String field(Field field) {
        return formsText("field." + field.name() + ".label", field.name());
    }

    public String section(String section) {
        return formsText("section." + section, section);
    }

    /** Longest workbook header before it is shortened by cutting (where the bundle has no short words). */
    static final int SHORT_HEADER = 40;

    /**
     * A short header for the workbook: the tool's own short words for a long question ({@code short.<field>},
     * {@code short.participant.<Field>} for both participants), else the label, cut at a word if still long.
     */
    public String shortField(Field field) {
        String name = field.name();
        String key = name.matches("p[12][A-Z].*") ? "short.participant." + name.substring(2) : "short." + name;
        if (review.containsKey(key)) {
            return review.getString(key);
        }
        return cut(field(field));
    }

    public String shortSection(String section) {
        String key = "short.section." + section;
        return review.containsKey(key) ? review.getString(key) : section(section);
    }

    static String cut(String label) {
        if (label.length() <= SHORT_HEADER) {
            return label;
        }
        int space = label.lastIndexOf(' ', SHORT_HEADER - 1);
        return label.substring(0, space > SHORT_HEADER / 2 ? space : SHORT_HEADER - 1).strip() + "…";
    }

    /** The label of one value of a choice field; a value the form no longer offers shows as stored. */
    public String option(Field field, String value) {
        if (field.options() == null || !field.options().contains(value)) {
            return value;
        }
        return switch (field.options().labelSource()) {
            // From the JDK in this language, even where the form texts fall back to English.
            case COUNTRY -> countryName(value);
            case LANGUAGE -> languageName(value);
            case BUNDLE -> bundleOption(field, value);
        };
    }

    private String bundleOption(Field field, String value) {
        try {
            return field.options().label(value, forms);
        } catch (MissingResourceException missing) {
            return value;
        }
    }

    /** The name of a language in this language, e.g. "Spanish" or "Spanisch"; an unknown code shows as is. */
    public String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The name of an ISO 3166 country in this language; anything else shows as stored. */
    public String countryName(String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return code == null ? "" : code;
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }

    public String yesNo(boolean yes) {
        return text(yes ? "value.yes" : "value.no");
    }

    public String qualified(String section, String field) {
        return text("header.qualified").replace("{section}", section).replace("{field}", field);
    }

    private String formsText(String key, String fallback) {
        return forms.has(key) ? forms.get(key) : fallback;
    }
}
