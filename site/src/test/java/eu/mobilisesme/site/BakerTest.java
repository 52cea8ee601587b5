package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.jbake.render.RenderingTool;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bake's own guarantees, on copies of the site: settings reach the pages, and a bake that loses content fails.
 * Bakes run one after the other (JBake's state is static).
 */
class BakerTest {

    @TempDir
    Path temp;

    private Path copyOfSite() {
        return SiteCopy.of(BakedSite.siteFolder(), temp);
    }

    @Test
    void the_api_base_prefixes_every_form_action_and_the_site_host_every_absolute_link() throws IOException {
        Path out = Baker.bake(copyOfSite(), temp.resolve("www"), "https://staging.example.eu/", "https://api.example.eu/")
                .output();
        var page = Jsoup.parse(out.resolve("en/contact/index.html").toFile(), "UTF-8");
        assertThat(page.selectFirst("form").attr("action")).isEqualTo("https://api.example.eu/api/contact");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://staging.example.eu/en/contact/");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("https://staging.example.eu/en/sitemap.xml");
    }

    @Test
    void news_lists_feeds_and_previous_next_links_keep_to_the_language_and_put_the_newest_first() throws IOException {
        Path site = copyOfSite();
        // Posts in one or two languages only: the parity check would refuse them, so it only warns here.
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replaceFirst("(?m)^site\\.parity=.*$", "site.parity=warn"));
        addPost("en/news/2021-03-01-second/index.md", "en", "Second English article", "2021-03-01");
        addPost("en/news/2022-05-01-third/index.md", "en", "Third English article", "2022-05-01");
        addPost("de/aktuelles/2021-03-01-zweite/index.md", "de", "Zweite Meldung", "2021-03-01");
        Path out = Baker.bake(site, temp.resolve("www"), BakedSite.SITE_HOST, "").output();

        var list = Jsoup.parse(out.resolve("en/news/index.html").toFile(), "UTF-8");
        assertThat(list.select(".news-list h2").eachText()).containsExactly("Third English article",
                "Second English article", "The Chamber coordinates the new MobiliseSME pilot");
        var middle = Jsoup.parse(out.resolve("en/news/2021-03-01-second/index.html").toFile(), "UTF-8",
                BakedSite.SITE_HOST + "/en/news/2021-03-01-second/");
        assertThat(middle.select("nav.pager a[rel=prev]").attr("abs:href"))
                .isEqualTo(BakedSite.SITE_HOST + "/en/news/2020-12-10-chamber-joins-mobilisesme/");
        assertThat(middle.select("nav.pager a[rel=next]").attr("abs:href"))
                .isEqualTo(BakedSite.SITE_HOST + "/en/news/2022-05-01-third/");
        var german = Jsoup.parse(out.resolve("de/aktuelles/2021-03-01-zweite/index.html").toFile(), "UTF-8",
                BakedSite.SITE_HOST + "/de/aktuelles/2021-03-01-zweite/");
        assertThat(german.select("nav.pager a").eachAttr("abs:href")).containsExactly(
                BakedSite.SITE_HOST + "/de/aktuelles/2020-12-10-kammer-beteiligt-sich-an-mobilisesme/");
        assertThat(Files.readString(out.resolve("en/feed.xml"))).contains("Third English article")
                .doesNotContain("Zweite Meldung");
        assertThat(Files.readString(out.resolve("de/feed.xml"))).contains("Zweite Meldung")
                .doesNotContain("English article");
    }

    /** JBake's own renderer reloads a type's documents for each document; ours renders them all first. */
    @Test
    void documents_are_rendered_by_the_linear_renderer_before_jbakes_own() {
        List<String> tools = ServiceLoader.load(RenderingTool.class).stream().map(p -> p.type().getSimpleName())
                .toList();
        assertThat(tools).contains("DocumentsFirstRenderer", "DocumentsRenderer");
        assertThat(tools.indexOf("DocumentsFirstRenderer")).isLessThan(tools.indexOf("DocumentsRenderer"));
    }

    @Test
    void a_copy_with_more_posts_as_the_bake_benchmark_makes_it_bakes_every_post() throws IOException {
        Path repository = BakedSite.siteFolder().toAbsolutePath().normalize().getParent();
        int pages = BakeScaling.copySite(repository, temp, 3);
        Path out = Baker.bake(temp.resolve("site"), temp.resolve("www"), BakedSite.SITE_HOST, "").output();

        try (var files = Files.walk(BakedSite.contentFolder())) {
            assertThat(pages).isEqualTo(files.filter(f -> f.toString().endsWith(".md")).count() + 3 * 5);
        }
        var list = Jsoup.parse(out.resolve("fr/actualites/index.html").toFile(), "UTF-8");
        assertThat(list.select(".news-list h2")).hasSize(4);
    }

    private void addPost(String path, String lang, String title, String date) throws IOException {
        Path file = temp.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title=" + title + "\ntype=post\nstatus=published\ndate=" + date + "\nlang=" + lang
                + "\ntranslationKey=test-" + date + "\ndescription=A test article.\n~~~~~~\nText.\n");
    }

    @Test
    void a_content_file_with_a_bad_header_fails_the_bake_and_is_named() throws IOException {
        Path site = copyOfSite();
        Path broken = temp.resolve("content/en/about/index.md");
        Files.writeString(broken, Files.readString(broken).replace("type=page", "type=pgae"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Baker.bake(site, temp.resolve("www"), BakedSite.SITE_HOST, ""))
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("en/about/index.md");
        assertThat(temp.resolve("www")).doesNotExist();
    }

    @Test
    void a_forgotten_status_makes_a_draft_which_fails_the_bake() throws IOException {
        Path site = copyOfSite();
        Path draft = temp.resolve("content/de/faq/index.md");
        Files.writeString(draft, Files.readString(draft).replace("status=published\n", ""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Baker.bake(site, temp.resolve("www"), BakedSite.SITE_HOST, ""))
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("de/faq/index.md");
    }

    @Test
    void an_unknown_programme_status_fails_the_bake() throws IOException {
        Path site = copyOfSite();
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("site.programmeStatus=collecting", "site.programmeStatus=paused"));
        assertThatThrownBy(() -> Baker.bake(site, temp.resolve("www"), BakedSite.SITE_HOST, ""))
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("site.programmeStatus");
    }

    @Test
    void a_site_host_or_api_base_that_is_not_an_absolute_url_is_refused() {
        assertThatThrownBy(() -> Baker.absoluteUrl("site host", "mobilisesme.example.eu", false))
                .isInstanceOf(BakeFailedException.class);
        assertThatThrownBy(() -> Baker.absoluteUrl("site host", "", false)).isInstanceOf(BakeFailedException.class);
        assertThatThrownBy(() -> Baker.absoluteUrl("API base", "ftp://x.eu", true)).isInstanceOf(BakeFailedException.class);
        assertThat(Baker.absoluteUrl("API base", "", true)).isEmpty();
        assertThat(Baker.absoluteUrl("site host", "https://x.cloudfront.net/", false)).isEqualTo("https://x.cloudfront.net");
    }

    @Test
    void a_folder_that_holds_something_else_than_a_bake_is_not_replaced() throws IOException {
        Path site = copyOfSite();
        Path precious = temp.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> Baker.bake(site, precious, BakedSite.SITE_HOST, ""))
                .isInstanceOf(BakeFailedException.class);
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
    }
}
