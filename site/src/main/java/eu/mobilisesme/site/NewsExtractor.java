package eu.mobilisesme.site;

import java.util.Comparator;
import java.util.stream.Stream;
import org.jbake.model.DocumentModel;

/**
 * {@code news} in templates: the published posts of the page's language, newest first. The news list, the feed and
 * the previous/next links of a post use it, so none of them crosses languages (JBake's own lists do).
 */
public final class NewsExtractor extends LanguageListExtractor {

    @Override
    Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage) {
        return pagesOfLanguage.filter(d -> "post".equals(d.getType()))
                .sorted(Comparator.comparing(SiteIndex::date).thenComparing(DocumentModel::getUri).reversed());
    }
}
