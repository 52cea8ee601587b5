package eu.mobilisesme.site;

import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code langpages} in templates: every published document of the page's language, for links found by translation
 * key (the footer's privacy, accessibility and legal pages) without scanning all languages' content.
 */
public final class LanguagePagesExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    private SiteIndex index;

    @Override
    public DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        String lang = SiteIndex.pageLanguage(model);
        if (lang != null) {
            if (index == null) {
                index = SiteIndex.of(db);
            }
            result.addAll(index.inLanguage(lang));
        }
        return result;
    }
}
