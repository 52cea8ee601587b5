package eu.mobilisesme.site;

import java.util.Comparator;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/** {@code menu} in templates: the pages of the page's language that carry a {@code nav} header, in that order. */
public final class MenuExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

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
                .filter(d -> d.get(SiteIndex.NAV) != null)
                .sorted(Comparator.comparingInt(MenuExtractor::weight))
                .forEach(result::add);
        return result;
    }

    private static int weight(DocumentModel document) {
        try {
            return Integer.parseInt(SiteIndex.string(document, SiteIndex.NAV).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("nav must be a number in " + document.getSourceuri(), e);
        }
    }
}
