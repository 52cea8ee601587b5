package eu.mobilisesme.site;

import java.util.HashMap;
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

    // One extractor instance per bake (JBake re-creates extractors at every bake), so a language's list is chosen
    // once and shared by all its pages, which only read it: the cost per page does not grow with the site.
    private SiteIndex index;
    private final Map<String, DocumentList<DocumentModel>> byLanguage = new HashMap<>();

    @Override
    public final DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        String lang = SiteIndex.pageLanguage(model);
        if (lang == null) {
            return new DocumentList<>();
        }
        if (index == null) {
            index = SiteIndex.of(db);
        }
        return byLanguage.computeIfAbsent(lang, l -> {
            DocumentList<DocumentModel> list = new DocumentList<>();
            select(index.inLanguage(l).stream()).forEach(list::add);
            return list;
        });
    }

    /** The pages of the list, in its order, from all pages of the language. */
    abstract Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage);
}
