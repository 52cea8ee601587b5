package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Each language's not-found page ({@code /<lang>/404.html}) is served for any missing address below its language,
 * at any depth: so it has the site's navigation in its language and only root-absolute links.
 */
class NotFoundPagesTest {

    @Test
    void each_languages_not_found_page_has_its_navigation_and_only_root_absolute_links() {
        for (String lang : Languages.SUPPORTED) {
            Document page = BakedSite.page(Path.of(lang, "404.html"));
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
            assertThat(page.select("nav.main-nav a")).as("navigation in %s", lang).hasSizeGreaterThan(3)
                    .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/" + lang + "/"));
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("body [href], head link[rel=stylesheet], head link[rel=icon], [src]"))
                    .as("links of the %s not-found page", lang)
                    .allSatisfy(e -> {
                        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                        assertThat(link.startsWith("/") || link.startsWith("#")).as(link).isTrue();
                    });
            for (String other : Languages.SUPPORTED) {
                if (!other.equals(lang)) {
                    assertThat(page.select("nav.languages a[hreflang=" + other + "]").attr("href"))
                            .as("language switch from the %s not-found page", lang).isEqualTo("/" + other + "/404.html");
                }
            }
        }
    }
}
