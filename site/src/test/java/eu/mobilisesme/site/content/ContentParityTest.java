package eu.mobilisesme.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts the parity check compares, and the divergences it reports, on pages written in the test. */
class ContentParityTest {

    private static final List<String> LANGUAGES = List.of("en", "fr");

    private static ContentPage page(String file, String lang, String key, String body) {
        return ContentPage.parse(file, "title=T\ntype=page\nstatus=published\nlang=" + lang + "\ntranslationKey=" + key
                + "\n~~~~~~\n" + body);
    }

    private static List<String> check(String english, String french) {
        return ContentParity.check(List.of(
                page("en/about/index.md", "en", "about", english),
                page("en/faq/index.md", "en", "faq", ""),
                page("fr/a-propos/index.md", "fr", "about", french),
                page("fr/faq/index.md", "fr", "faq", "")), LANGUAGES, "en").stream().map(Object::toString).toList();
    }

    @Test
    void numbers_compare_across_thousands_separators_and_count_each_occurrence() {
        Facts facts = Facts.of("", "Over 1,000 companies, 1.000 firms, 1 000 and 1\u202f000; stays of 1 to 6 months, 6 at most.",
                "", a -> null);
        assertThat(facts.numbers()).containsExactly("1", "1000", "1000", "1000", "1000", "6", "6");
        assertThat(check("Stays of 1 to 6 months.", "Des séjours de 1 à 6 mois.")).isEmpty();
        assertThat(check("Stays of 1 to 6 months.", "Des séjours de 1 à 3 mois."))
                .containsExactly("content/fr/a-propos/index.md: numbers: missing [6] (in en); not in en: [3]");
    }

    @Test
    void dates_in_words_compare_as_iso_dates_in_every_language() {
        assertThat(Facts.of("", "on 14 March 2023; March 14, 2023; in December 2020; 2020-12-10", "", a -> null).dates())
                .containsExactly("2020-12", "2020-12-10", "2023-03-14", "2023-03-14");
        assertThat(Facts.of("", "le 14 mars 2023, am 14. März 2023, el 14 de marzo de 2023, op 14 maart 2023", "",
                a -> null).dates()).containsOnly("2023-03-14").hasSize(4);
        assertThat(Facts.of("", "le 14 mars 2023", "", a -> null).numbers()).isEmpty();
        assertThat(check("On 14 March 2023.", "Le 14 mars 2023.")).isEmpty();
        assertThat(check("On 14 March 2023.", "Le 15 mars 2023.")).containsExactly(
                "content/fr/a-propos/index.md: dates: missing [2023-03-14] (in en); not in en: [2023-03-15]");
    }

    @Test
    void e_mail_addresses_must_be_the_same() {
        assertThat(check("Write to <info@e-camara.com>.", "Écrivez à [nous](mailto:info@e-camara.com).")).isEmpty();
        assertThat(check("Write to <info@e-camara.com>.", "Écrivez à <mobilisesme@e-camara.com>.")).containsExactly(
                "content/fr/a-propos/index.md: e-mail addresses: missing [info@e-camara.com] (in en); "
                        + "not in en: [mobilisesme@e-camara.com]");
    }

    @Test
    void internal_links_compare_by_the_target_page_whatever_its_name_in_the_language() {
        assertThat(check("See the [FAQ](../faq/) and [home](../#top).", "Voir la [FAQ](../faq/) et l’[accueil](../)."))
                .isEmpty();
        assertThat(check("See the [FAQ](../faq/).", "Voir [ailleurs](../autre/) et [le site](https://e-camara.com/)."))
                .containsExactly("content/fr/a-propos/index.md: internal links: missing [page:faq] (in en); "
                        + "not in en: [path:autre/]");
    }

    @Test
    void markers_must_appear_as_often_in_every_language() {
        assertThat(check("{{unconfirmed:call}}\n\nKept {{config:retentionDays}} days.",
                "Conservé {{config:retentionDays}} jours.\n\n{{unconfirmed:call}}")).isEmpty();
        assertThat(check("{{unconfirmed:call}}", "Texte.")).containsExactly(
                "content/fr/a-propos/index.md: markers: missing [unconfirmed:call] (in en)");
    }

    @Test
    void headings_must_have_the_same_count_and_levels() {
        assertThat(check("## A\n\n### B\n\n## C", "## A\n\n### B\n\n## C")).isEmpty();
        assertThat(check("## A\n\n### B\n\n## C", "## A\n\n## B\n\n## C")).containsExactly(
                "content/fr/a-propos/index.md: headings: levels [h2, h2, h2], en has [h2, h3, h2] (content/en/about/index.md)");
    }

    @Test
    void a_page_missing_in_a_language_is_named_with_its_key() {
        assertThat(ContentParity.check(List.of(page("en/about/index.md", "en", "about", "")), LANGUAGES, "en")
                .stream().map(Object::toString)).containsExactly(
                        "content/en/about/index.md: page: no fr translation (translationKey 'about')");
    }

    @Test
    void the_description_header_states_facts_too() {
        ContentPage english = ContentPage.parse("en/about/index.md",
                "title=T\ntype=page\nlang=en\ntranslationKey=about\ndescription=Stays of 1 to 6 months.\n~~~~~~\n");
        ContentPage french = ContentPage.parse("fr/a-propos/index.md",
                "title=T\ntype=page\nlang=fr\ntranslationKey=about\ndescription=Des séjours courts.\n~~~~~~\n");
        assertThat(ContentParity.check(List.of(english, french), LANGUAGES, "en").stream().map(Object::toString))
                .containsExactly("content/fr/a-propos/index.md: numbers: missing [1, 6] (in en)");
    }

    @Test
    void link_targets_urls_and_code_are_no_numbers() {
        assertThat(Facts.of("", "[2020 article](../news/2020-12-10-x/) at https://e-camara.com/2021/x and <b id=\"a3\">b</b>",
                "", a -> null).numbers()).containsExactly("2020");
    }
}
