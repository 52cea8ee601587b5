package eu.mobilisesme.site;

import java.util.Comparator;
import java.util.stream.Stream;
import org.jbake.model.DocumentModel;

/** {@code menu} in templates: the pages of the page's language that carry a {@code nav} header, in that order. */
public final class MenuExtractor extends LanguageListExtractor {

    @Override
    Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage) {
        return pagesOfLanguage.filter(d -> d.get(SiteIndex.NAV) != null)
                .sorted(Comparator.comparingInt(MenuExtractor::weight));
    }

    private static int weight(DocumentModel document) {
        try {
            return Integer.parseInt(SiteIndex.string(document, SiteIndex.NAV).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("nav must be a number in " + document.getSourceuri(), e);
        }
    }
}
