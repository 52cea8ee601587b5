package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bake itself refuses content whose languages differ or whose markers are unknown: one test per kind, each on a
 * copy of the site with one divergence put in. The checks run before JBake, so these bakes fail within a second.
 */
class ContentChecksBakeTest {

    private static final String FRENCH_FAQ = "content/fr/faq/index.md";

    @TempDir
    Path temp;

    private Path site;

    private Path copy() {
        site = SiteCopy.of(BakedSite.siteFolder(), temp);
        return site;
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = site.resolveSibling(file);
        String before = Files.readString(path, StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit changed nothing in " + file);
        }
        Files.writeString(path, after, StandardCharsets.UTF_8);
    }

    private void append(String file, String text) throws IOException {
        edit(file, s -> s + "\n" + text + "\n");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> bake() {
        return assertThatThrownBy(() -> Baker.bake(site, temp.resolve("www"), BakedSite.SITE_HOST, ""))
                .isInstanceOf(BakeFailedException.class);
    }

    @Test
    void a_page_missing_in_one_language_fails_the_bake() throws IOException {
        copy();
        Files.delete(site.resolveSibling("content/nl/veelgestelde-vragen/index.md"));
        bake().hasMessageContaining("content/en/faq/index.md: page: no nl translation (translationKey 'faq')");
    }

    @Test
    void a_missing_ui_string_fails_the_bake() throws IOException {
        copy();
        edit("site/data/i18n_de.yaml", s -> s.replaceFirst("(?m)^skip_link:.*\\n", ""));
        bake().hasMessageContaining("site/data/i18n_de.yaml: UI strings: no value for 'skip_link'");
    }

    @Test
    void a_number_that_differs_from_english_fails_the_bake() throws IOException {
        copy();
        append(FRENCH_FAQ, "Au plus 7 participants.");
        bake().hasMessageContaining(FRENCH_FAQ + ": numbers: not in en: [7]");
    }

    @Test
    void a_date_that_differs_from_english_fails_the_bake() throws IOException {
        copy();
        append(FRENCH_FAQ, "Depuis le 3 mars 2021.");
        bake().hasMessageContaining(FRENCH_FAQ + ": dates: not in en: [2021-03-03]");
    }

    @Test
    void an_e_mail_address_that_differs_from_english_fails_the_bake() throws IOException {
        copy();
        append(FRENCH_FAQ, "Écrivez à <autre@e-camara.com>.");
        bake().hasMessageContaining(FRENCH_FAQ + ": e-mail addresses: not in en: [autre@e-camara.com]");
    }

    @Test
    void an_internal_link_that_differs_from_english_fails_the_bake() throws IOException {
        copy();
        append(FRENCH_FAQ, "Voir les [mentions légales](../mentions-legales/).");
        bake().hasMessageContaining(FRENCH_FAQ + ": internal links: not in en: [page:legal]");
    }

    @Test
    void a_marker_missing_in_a_translation_fails_the_bake() throws IOException {
        copy();
        edit(FRENCH_FAQ, s -> s.replaceFirst("\\{\\{unconfirmed:call}}", ""));
        bake().hasMessageContaining(FRENCH_FAQ + ": markers: missing [unconfirmed:call] (in en)");
    }

    @Test
    void a_section_missing_in_a_translation_fails_the_bake() throws IOException {
        copy();
        append(FRENCH_FAQ, "### Une sous-section");
        bake().hasMessageContaining(FRENCH_FAQ + ": headings: levels [h2, h2, h2, h2, h2, h2, h2, h2, h2, h2, h3]");
    }

    @Test
    void an_unknown_unconfirmed_point_fails_the_bake_naming_file_and_id() throws IOException {
        copy();
        append("content/en/faq/index.md", "{{unconfirmed:no-such-point}}");
        bake().hasMessageContaining("content/en/faq/index.md: unknown unconfirmed point 'no-such-point'");
    }

    @Test
    void an_unknown_configured_figure_fails_the_bake_naming_file_and_key() throws IOException {
        copy();
        append("content/de/faq/index.md", "{{config:retentionMonths}}");
        bake().hasMessageContaining("content/de/faq/index.md: unknown configured figure 'retentionMonths'");
    }

    @Test
    void an_unconfirmed_point_without_a_text_in_one_language_fails_the_bake() throws IOException {
        copy();
        edit("site/data/unconfirmed.yaml", s -> s.replaceFirst("(?m)^  nl: .*\\n", ""));
        bake().hasMessageContaining("site/data/unconfirmed.yaml: point '").hasMessageContaining("' has no text in nl");
    }
}
