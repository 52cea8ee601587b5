package eu.mobilisesme.site;

import eu.mobilisesme.forms.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * {@code languages} in templates: the site's languages, declared once in {@link Languages}, each with its name in
 * itself (endonym, from the JDK), in the order the switcher and the language-choice page show them.
 */
public final class LanguagesExtractor implements ModelExtractor<List<LanguagesExtractor.Language>> {

    /** A site language: {@code code} as in URLs and {@code lang}, {@code name} as its speakers write it. */
    public record Language(String code, String name) {
    }

    private static final List<Language> ALL = Languages.SUPPORTED.stream()
            .map(code -> new Language(code, endonym(code)))
            .toList();

    @Override
    public List<Language> get(ContentStore db, Map model, String key) {
        return ALL;
    }

    static String endonym(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
