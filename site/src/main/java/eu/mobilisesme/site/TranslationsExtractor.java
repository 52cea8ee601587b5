package eu.mobilisesme.site;

import eu.mobilisesme.forms.Languages;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code translations} in templates: the other-language versions of the page (same {@code translationKey}), in the
 * site's language order. Like Hugo's {@code .Translations}; drives the language switcher and the hreflang links.
 */
public final class TranslationsExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    private SiteIndex index;   // one extractor instance per bake: JBake re-creates extractors at every bake

    @Override
    public DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        String translationKey = SiteIndex.pageTranslationKey(model);
        if (translationKey == null) {
            return result;
        }
        if (index == null) {
            index = SiteIndex.of(db);
        }
        String lang = SiteIndex.pageLanguage(model);
        index.withKey(translationKey).stream()
                .filter(d -> !Objects.equals(SiteIndex.string(d, SiteIndex.LANG), lang))
                .sorted(Comparator.comparingInt(d -> Languages.SUPPORTED.indexOf(SiteIndex.string(d, SiteIndex.LANG))))
                .forEach(result::add);
        return result;
    }
}
