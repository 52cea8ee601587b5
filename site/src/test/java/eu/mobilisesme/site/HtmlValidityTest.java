package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every baked HTML page passes the Nu HTML Checker (the engine of validator.w3.org/nu), run in-process. */
class HtmlValidityTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects the checker's messages per page. */
    private static final class Messages implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Path page;

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private String describe(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    @Test
    void every_html_page_passes_the_nu_html_checker_without_errors() throws Exception {
        Messages messages = new Messages();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true);
        validator.setUpMainSchema(HTML_SCHEMA, messages);
        validator.setUpValidatorAndParsers(messages, false, false);
        List<Path> pages = BakedSite.htmlPages();
        for (Path page : pages) {
            messages.page = page;
            validator.checkHtmlFile(BakedSite.output().resolve(page).toFile(), true);
        }
        System.out.printf("Nu HTML Checker: %d pages, %d errors, %d warnings%n", pages.size(), messages.errors.size(),
                messages.warnings.size());
        messages.warnings.stream()
                .collect(java.util.stream.Collectors.groupingBy(w -> w.substring(w.indexOf(": ") + 2),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((warning, count) -> System.out.printf("  %d x warning: %s%n", count, warning));
        assertThat(messages.errors).isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(19 * 5 + 2);
    }
}
