package eu.mobilisesme.site;

import java.util.stream.Stream;
import org.jbake.model.DocumentModel;

/**
 * {@code langpages} in templates: every published document of the page's language, for links found by translation
 * key (the footer's privacy, accessibility and legal pages) without scanning all languages' content.
 */
public final class LanguagePagesExtractor extends LanguageListExtractor {

    @Override
    Stream<DocumentModel> select(Stream<DocumentModel> pagesOfLanguage) {
        return pagesOfLanguage;
    }
}
