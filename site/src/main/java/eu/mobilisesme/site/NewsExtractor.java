package eu.mobilisesme.site;

import java.util.Comparator;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code news} in templates: the published posts of the page's language, newest first. The news list, the feed and
 * the previous/next links of a post use it, so none of them crosses languages (JBake's own lists do).
 */
public final class NewsExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    private SiteIndex index;

    @Override
    public DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        String lang = SiteIndex.pageLanguage(model);
        if (lang == null) {
            return result;
        }
        if (index == null) {
            index = SiteIndex.of(db);
        }
        index.inLanguage(lang).stream()
                .filter(d -> "post".equals(d.getType()))
                .sorted(Comparator.comparing(SiteIndex::date).thenComparing(DocumentModel::getUri).reversed())
                .forEach(result::add);
        return result;
    }
}
