package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mistyped address gets the not-found page of its language, with status 404 and the site's navigation, as
 * CloudFront serves it; an address outside every language keeps the five-language page.
 */
@ExtendWith(SiteExtension.class)
class NotFoundPageTest {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Site site;

    @BeforeAll
    static void start(Site started) {
        site = started;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(site.url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_missing_page_below_a_language_gets_that_languages_not_found_page_with_status_404() throws Exception {
        for (String lang : Languages.SUPPORTED) {
            for (String path : new String[] {"/" + lang + "/nope", "/" + lang + "/nope/", "/" + lang + "/a/b/c.html"}) {
                HttpResponse<String> answer = get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(404);
                String page = answer.body();
                assertThat(page).as(path).contains("<html lang=\"" + lang + "\"")
                        .contains("<nav class=\"main-nav\"").contains("href=\"/" + lang + "/\"");
                Matcher stylesheet = STYLESHEET.matcher(page);
                assertThat(stylesheet.find()).as("style sheet at %s", path).isTrue();
                assertThat(stylesheet.group(1)).as(path).startsWith("/assets/");
                assertThat(get(stylesheet.group(1)).statusCode()).as("the style sheet from %s", path).isEqualTo(200);
            }
        }
    }

    @Test
    void a_missing_page_outside_the_languages_keeps_the_five_language_page() throws Exception {
        for (String path : new String[] {"/nope", "/xx/nope", "/english/"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            for (String lang : Languages.SUPPORTED) {
                assertThat(answer.body()).as("%s at %s", lang, path)
                        .contains("<section class=\"notfound\" lang=\"" + lang + "\">");
            }
        }
    }
}
