package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.notify.NoticeTexts;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The privacy notice each confirmation links to is a baked page of the confirmation's language. */
class NoticeLinksTest {

    @Test
    void the_privacy_link_of_every_confirmation_is_a_page_of_its_language() {
        for (String lang : Languages.SUPPORTED) {
            Path privacy = BakedSite.fileFor(NoticeTexts.of(lang).get("link.privacy"));
            assertThat(privacy).as("privacy notice linked from %s confirmations", lang).isRegularFile();
            Document page = BakedSite.page(BakedSite.output().relativize(privacy));
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        }
    }
}
