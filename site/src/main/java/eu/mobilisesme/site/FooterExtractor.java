package eu.mobilisesme.site;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.model.DocumentModel;

/** {@code footer} in templates: the footer's pages of the page's language, by translation key, in this order. */
public final class FooterExtractor extends LanguageListExtractor {

    private static final List<String> KEYS = List.of("contact", "privacy", "accessibility", "legal");

    @Override
    Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage) {
        return pagesOfLanguage.filter(d -> KEYS.contains(SiteIndex.string(d, SiteIndex.TRANSLATION_KEY)))
                .sorted(Comparator.comparingInt(d -> KEYS.indexOf(SiteIndex.string(d, SiteIndex.TRANSLATION_KEY))));
    }
}
