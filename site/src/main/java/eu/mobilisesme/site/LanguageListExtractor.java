package eu.mobilisesme.site;

import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * A template list drawn from the pages of the current page's language only (JBake's own lists cross languages);
 * each subclass chooses and orders them. Empty where the page has no language.
 */
abstract class LanguageListExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    private SiteIndex index;   // one extractor instance per bake: JBake re-creates extractors at every bake

    @Override
    public final DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        String lang = SiteIndex.pageLanguage(model);
        if (lang == null) {
            return result;
        }
        if (index == null) {
            index = SiteIndex.of(db);
        }
        select(index.inLanguage(lang).stream()).forEach(result::add);
        return result;
    }

    /** The pages of the list, in its order, from all pages of the language. */
    abstract Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage);
}
