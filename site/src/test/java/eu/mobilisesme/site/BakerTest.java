package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    /** A copy of site/ (settings, assets, data), content/ and templates/, laid out as in the repository. */
    private Path copyOfSite() {
        Path site = BakedSite.siteFolder();
        copy(site.resolve("jbake.properties"), temp.resolve("site/jbake.properties"));
        copy(site.resolve("assets"), temp.resolve("site/assets"));
        copy(site.resolve("data"), temp.resolve("site/data"));
        copy(site.resolve("../content").normalize(), temp.resolve("content"));
        copy(site.resolve("../templates").normalize(), temp.resolve("templates"));
        return temp.resolve("site");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
