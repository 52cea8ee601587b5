package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Checks every baked page of every language: completeness, language, alternates, links, weight. */
class SitePagesTest {

    private static final Set<String> TYPES =
            Set.of("langhome", "page", "form", "thanks", "newslist", "post", "langfeed", "langsitemap");
    private static final int PAGE_BUDGET_BYTES = 100 * 1024;

    private static List<ContentFile> htmlContent() {
        return ContentFile.all().stream().filter(ContentFile::isHtml).toList();
    }

    @Test
    void every_content_file_produced_its_page_and_none_was_dropped_silently() {
        Path out = BakedSite.output();
        assertThat(ContentOutputs.missing(BakedSite.contentFolder(), out)).isEmpty();
        List<ContentFile> all = ContentFile.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(21 * 5);
        assertThat(all).allSatisfy(c -> assertThat(out.resolve(c.output())).as("output of %s", c.relative()).isRegularFile());
    }

    @Test
    void every_content_file_is_published_with_a_known_type_and_the_language_of_its_folder() {
        assertThat(ContentFile.all()).allSatisfy(c -> {
            assertThat(c.lang()).as("lang of %s", c.relative()).isEqualTo(c.folderLanguage());
            assertThat(c.header().get("status")).as("status of %s", c.relative()).isEqualTo("published");
            assertThat(c.type()).as("type of %s", c.relative()).isIn(TYPES);
            assertThat(c.translationKey()).as("translationKey of %s", c.relative()).isNotBlank();
            if (c.type().equals("form") || c.type().equals("thanks")) {
                assertThat(Forms.byId(c.header().get("form"))).as("form of %s", c.relative()).isPresent();
            }
        });
    }

    @Test
    void every_translation_key_exists_once_in_each_of_the_five_languages() {
        Map<String, List<String>> languagesByKey = new TreeMap<>();
        for (ContentFile c : ContentFile.all()) {
            languagesByKey.computeIfAbsent(c.translationKey(), k -> new ArrayList<>()).add(c.lang());
        }
        assertThat(languagesByKey).hasSizeGreaterThanOrEqualTo(21);
        languagesByKey.forEach((key, langs) ->
                assertThat(langs).as("languages of %s", key).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED));
    }

    @Test
    void no_output_is_a_draft_or_has_a_percent_encoded_name() {
        assertThat(BakedSite.files("")).noneMatch(p -> p.toString().contains("-draft") || p.toString().contains("%"));
    }

    @Test
    void every_page_declares_the_language_of_its_content() {
        for (ContentFile c : htmlContent()) {
            assertThat(BakedSite.page(c.output()).selectFirst("html").attr("lang")).as("html lang of %s", c.output())
                    .isEqualTo(c.lang());
        }
        assertThat(BakedSite.page(Path.of("index.html")).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(BakedSite.page(Path.of("404.html")).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void every_page_has_a_canonical_url_and_reciprocal_hreflang_alternates_with_x_default() {
        Map<String, Map<String, String>> alternatesByPage = new LinkedHashMap<>();
        for (ContentFile c : htmlContent()) {
            Document page = BakedSite.page(c.output());
            String self = BakedSite.SITE_HOST + "/" + BakedSite.urlPath(c.output());
            assertThat(page.select("link[rel=canonical]")).as("canonical of %s", c.output()).hasSize(1);
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(self);
            Map<String, String> alternates = alternates(page);
            assertThat(alternates).as("alternates of %s", c.output())
                    .containsEntry(c.lang(), self)
                    .containsEntry("x-default", BakedSite.SITE_HOST + "/")
                    .containsOnlyKeys(concat(Languages.SUPPORTED, "x-default"));
            alternatesByPage.put(self, alternates);
        }
        assertThat(BakedSite.fileFor("/")).isRegularFile();
        alternatesByPage.forEach((self, alternates) -> alternates.forEach((lang, href) -> {
            if (!lang.equals("x-default")) {
                assertThat(alternatesByPage).as("%s links %s to %s, which is not a baked page", self, lang, href)
                        .containsKey(href);
                assertThat(alternatesByPage.get(href)).as("alternates of %s, named by %s", href, self)
                        .isEqualTo(alternates);
            }
        }));
    }

    @Test
    void the_root_page_lists_every_language_as_an_alternate_and_is_the_x_default() {
        Map<String, String> alternates = alternates(BakedSite.page(Path.of("index.html")));
        assertThat(alternates).containsEntry("x-default", BakedSite.SITE_HOST + "/");
        for (String lang : Languages.SUPPORTED) {
            assertThat(alternates).containsEntry(lang, BakedSite.SITE_HOST + "/" + lang + "/");
        }
    }

    private static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new TreeMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) {
            assertThat(alternates.put(link.attr("hreflang"), link.attr("href"))).as("duplicate hreflang %s",
                    link.attr("hreflang")).isNull();
        }
        return alternates;
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }

    @Test
    void no_page_feed_or_sitemap_shows_a_missing_string_marker() throws IOException {
        List<Path> files = new ArrayList<>(BakedSite.files(".html"));
        files.addAll(BakedSite.files(".xml"));
        for (Path file : files) {
            assertThat(Files.readString(BakedSite.output().resolve(file))).as("text of %s", file).doesNotContain("??");
        }
    }

    @Test
    void every_internal_link_and_asset_resolves_to_a_baked_file() {
        List<String> broken = new ArrayList<>();
        for (Path file : BakedSite.htmlPages()) {
            Document page = BakedSite.page(file);
            for (PageLinks link : PageLinks.of(page)) {
                if (!link.onSite() || link.resolved().getPath().startsWith("/api/")) {
                    continue;
                }
                Path target = BakedSite.fileFor(link.resolved().getPath());
                if (!Files.isRegularFile(target)) {
                    broken.add(file + ": " + link);
                } else if (link.resolved().getFragment() != null && target.equals(BakedSite.output().resolve(file))
                        && page.getElementById(link.resolved().getFragment()) == null) {
                    broken.add(file + ": " + link + " (no such id)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void no_page_references_another_host_except_links_to_the_chamber_and_mail_addresses() {
        List<String> external = new ArrayList<>();
        for (Path file : BakedSite.htmlPages()) {
            for (PageLinks link : PageLinks.of(BakedSite.page(file))) {
                String scheme = link.resolved().getScheme();
                if (link.onSite()) {
                    continue;
                }
                boolean chamber = link.element().tagName().equals("a") && "https".equals(scheme)
                        && link.resolved().getHost().matches("(www\\.)?e-camara\\.com");
                boolean mail = link.element().tagName().equals("a") && "mailto".equals(scheme);
                if (!chamber && !mail) {
                    external.add(file + ": " + link);
                }
            }
        }
        assertThat(external).isEmpty();
    }

    @Test
    void every_page_weighs_at_most_100_KB_with_the_stylesheet_scripts_and_images_it_loads() throws IOException {
        Map<Path, Long> weights = new LinkedHashMap<>();
        for (Path file : BakedSite.htmlPages()) {
            long bytes = Files.size(BakedSite.output().resolve(file));
            Set<Path> loaded = PageLinks.of(BakedSite.page(file)).stream()
                    .filter(PageLinks::loadedWithPage)
                    .filter(PageLinks::onSite)
                    .map(l -> BakedSite.fileFor(l.resolved().getPath()))
                    .collect(Collectors.toSet());
            for (Path asset : loaded) {
                bytes += Files.size(asset);
            }
            weights.put(file, bytes);
        }
        Map.Entry<Path, Long> heaviest = weights.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        System.out.printf("Heaviest page: %s, %,d bytes with what it loads%n", heaviest.getKey(), heaviest.getValue());
        assertThat(weights).allSatisfy((file, bytes) -> assertThat(bytes).as("weight of %s", file)
                .isLessThanOrEqualTo(PAGE_BUDGET_BYTES));
    }

    @Test
    void the_form_and_thank_you_pages_the_backend_redirects_to_are_baked_in_every_language() {
        for (String form : List.of(Forms.SENDING, Forms.HOSTING, Forms.CONTACT)) {
            for (String lang : Languages.SUPPORTED) {
                Path formPage = BakedSite.fileFor(SitePaths.formPage(form, lang));
                Path thanksPage = BakedSite.fileFor(SitePaths.thanksPage(form, lang));
                assertThat(formPage).as("%s form in %s", form, lang).isRegularFile();
                assertThat(thanksPage).as("%s thank-you page in %s", form, lang).isRegularFile();
                Document page = BakedSite.page(BakedSite.output().relativize(formPage));
                assertThat(page.select("form[data-form=" + form + "]")).as("form on %s", formPage).hasSize(1);
                assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
                Document thanks = BakedSite.page(BakedSite.output().relativize(thanksPage));
                assertThat(thanks.select("[data-reference]")).as("reference box on %s", thanksPage).hasSize(1);
                // The language links keep ?ref= with the script; without it the page says where else it is.
                assertThat(thanks.select("head script[src*=assets/thanks.js]")).as("%s", thanksPage).hasSize(1);
                assertThat(thanks.select("noscript").html()).as("%s", thanksPage).contains("ref=");
                assertThat(thanks.selectFirst("html").attr("lang")).isEqualTo(lang);
            }
        }
    }

    @Test
    void the_language_switcher_leads_from_each_page_to_the_same_page_in_every_other_language() {
        for (ContentFile c : htmlContent()) {
            Document page = BakedSite.page(c.output());
            Map<String, String> alternates = alternates(page);
            Element switcher = page.selectFirst("nav.languages");
            assertThat(switcher).as("switcher of %s", c.output()).isNotNull();
            assertThat(switcher.select("[aria-current]").attr("lang")).isEqualTo(c.lang());
            for (Element link : switcher.select("a[hreflang]")) {
                assertThat(link.absUrl("href")).as("%s link on %s", link.attr("hreflang"), c.output())
                        .isEqualTo(alternates.get(link.attr("hreflang")));
                assertThat(link.attr("lang")).isEqualTo(link.attr("hreflang"));
            }
            assertThat(switcher.select("a[hreflang]")).hasSize(Languages.SUPPORTED.size() - 1);
        }
    }

    @Test
    void the_programme_status_banner_is_on_every_home_and_form_page_and_nowhere_else() {
        for (ContentFile c : htmlContent()) {
            boolean expected = c.type().equals("langhome") || c.type().equals("form");
            Document page = BakedSite.page(c.output());
            assertThat(page.select("main aside.status.status-collecting")).as("banner on %s", c.output())
                    .hasSize(expected ? 1 : 0);
            if (expected) {
                assertThat(page.selectFirst("aside.status").text()).isNotBlank();
            }
        }
        assertThat(BakedSite.page(Path.of("en/index.html")).selectFirst("aside.status").text())
                .contains("The EU-funded MobiliseSME pilot ran from 2020 to 2023.")
                .contains("An expression of interest does not guarantee").doesNotContainPattern("(?i)\\bform\\b");
        assertThat(BakedSite.page(Path.of("en/interest/sending/index.html")).selectFirst("aside.status").text())
                .contains("Sending this form does not guarantee");
    }

    @Test
    void the_home_page_leads_with_a_descriptive_heading_and_the_two_forms_as_buttons_in_every_language() {
        for (String lang : Languages.SUPPORTED) {
            Path home = Path.of(lang, "index.html");
            Document page = BakedSite.page(home);
            Element banner = page.selectFirst("main > h1 + aside.status.home-banner");
            assertThat(banner).as("banner right under the h1 on %s", home).isNotNull();
            assertThat(banner.selectFirst(".lead").text()).as("lead on %s", home).isNotBlank();
            assertThat(banner.select(".actions a.button")).extracting(a -> URIs.path(a.absUrl("href")))
                    .as("buttons on %s", home)
                    .containsExactly(SitePaths.formPage(Forms.SENDING, lang), SitePaths.formPage(Forms.HOSTING, lang));
            String h1 = page.selectFirst("h1").text();
            assertThat(h1).as("h1 on %s", home).isNotEqualTo(page.title()).doesNotContain("MobiliseSME")
                    .hasSizeGreaterThan(30);
        }
        assertThat(BakedSite.page(Path.of("en/index.html")).selectFirst("h1").text())
                .isEqualTo("Staff exchanges between SMEs in different European countries");
    }

    @Test
    void menus_news_lists_and_previous_next_links_stay_within_the_page_language() {
        for (ContentFile c : htmlContent()) {
            Document page = BakedSite.page(c.output());
            for (Element link : page.select("nav.main-nav a, .news-list a, nav.pager a, footer a[href]")) {
                String path = URIs.path(link.absUrl("href"));
                assertThat(path).as("%s on %s", link, c.output()).startsWith("/" + c.lang() + "/");
            }
            assertThat(page.select("nav.main-nav a[aria-current=page]").size()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void each_menu_marks_the_current_page_with_aria_current() {
        for (ContentFile c : htmlContent()) {
            if (c.header().containsKey("nav")) {
                Element current = BakedSite.page(c.output()).selectFirst("nav.main-nav a[aria-current=page]");
                assertThat(current).as("current menu item on %s", c.output()).isNotNull();
                assertThat(current.absUrl("href")).isEqualTo(BakedSite.SITE_HOST + "/" + BakedSite.urlPath(c.output()));
            }
        }
    }

    @Test
    void every_language_page_has_a_title_description_open_graph_skip_link_main_and_footer() {
        for (ContentFile c : htmlContent()) {
            Document page = BakedSite.page(c.output());
            assertThat(page.title()).as("title of %s", c.output()).isNotBlank();
            assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
            for (String property : List.of("og:title", "og:description", "og:url", "og:type", "og:locale")) {
                assertThat(page.select("meta[property=" + property + "]").attr("content"))
                        .as("%s on %s", property, c.output()).isNotBlank();
            }
            assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
            assertThat(page.select("main#main")).hasSize(1);
            assertThat(page.select("main h1")).hasSize(1);
            assertThat(page.select("link[rel=icon][type=image/svg+xml]")).hasSize(1);
            assertThat(page.select("link[rel=stylesheet]")).hasSize(1);
            assertThat(page.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
                    .endsWith(c.lang() + "/feed.xml");
        }
    }

    @Test
    void no_page_has_inline_styles_inline_scripts_or_event_handlers() {
        for (Path file : BakedSite.htmlPages()) {
            Document page = BakedSite.page(file);
            assertThat(page.select("style, [style]")).as("styles on %s", file).isEmpty();
            assertThat(page.select("script:not([src]):not([type=application/json])")).as("scripts on %s", file).isEmpty();
            assertThat(page.getAllElements().stream()
                    .flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().toLowerCase().startsWith("on")))
                    .as("event handlers on %s", file).isEmpty();
            assertThat(page.select("[href^=javascript:]")).isEmpty();
        }
    }

    @Test
    void the_root_page_offers_every_language_by_its_own_name_and_does_not_redirect() {
        Document root = BakedSite.page(Path.of("index.html"));
        assertThat(root.select("script, meta[http-equiv=refresh]")).isEmpty();
        for (LanguagesExtractor.Language language : new LanguagesExtractor().get(null, Map.of(), "languages")) {
            Element link = root.selectFirst("a[hreflang=" + language.code() + "]");
            assertThat(link).as("link to %s", language.code()).isNotNull();
            assertThat(link.attr("href")).isEqualTo(language.code() + "/");
            assertThat(link.closest("[lang]").attr("lang")).isEqualTo(language.code());
            assertThat(link.text()).contains(language.name());
        }
        assertThat(root.select("a[hreflang] .endonym").eachText())
                .containsExactly("English", "Español", "Français", "Nederlands", "Deutsch");
    }

    @Test
    void the_not_found_page_links_every_language_home_with_root_absolute_addresses() {
        Document notFound = BakedSite.page(Path.of("404.html"));
        for (String lang : Languages.SUPPORTED) {
            assertThat(notFound.select("section[lang=" + lang + "] a[href=/" + lang + "/]")).hasSize(1);
        }
        assertThat(notFound.select("[href], [src]")).allSatisfy(e -> assertThat(e.hasAttr("href") ? e.attr("href")
                : e.attr("src")).startsWith("/"));
        for (String lang : Languages.SUPPORTED) {
            assertThat(BakedSite.fileFor("/" + lang + "/404.html")).isRegularFile();
        }
    }

    @Test
    void dates_are_written_in_the_format_of_each_language() throws Exception {
        for (ContentFile c : htmlContent()) {
            if (!c.type().equals("post")) {
                continue;
            }
            Element time = BakedSite.page(c.output()).selectFirst("main time[datetime]");
            assertThat(time).as("date on %s", c.output()).isNotNull();
            String pattern = UiStrings.of(c.lang()).get("date_format");
            java.util.Date date = new java.text.SimpleDateFormat("yyyy-MM-dd").parse(c.header().get("date"));
            assertThat(time.text()).isEqualTo(new java.text.SimpleDateFormat(pattern, java.util.Locale.forLanguageTag(c.lang()))
                    .format(date));
            assertThat(time.attr("datetime")).isEqualTo(c.header().get("date"));
        }
    }

    @Test
    void the_bake_is_reported_with_its_file_count() {
        assertThat(BakedSite.result().files()).isGreaterThan(21 * 5);
        assertThat(BakedSite.files(".html").stream().sorted(Comparator.naturalOrder()).toList()).contains(
                Path.of("index.html"), Path.of("404.html"));
    }
}
