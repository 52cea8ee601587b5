package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Each form, sent with valid data in several languages, as a person with JavaScript and one without: it lands on
 * the thank-you page of its language with a reference, and the table holds exactly what was typed.
 */
class FormSubmissionTest extends InBrowsers {

    static Stream<Arguments> withJavaScript() {
        return Stream.of(
                Arguments.of(Forms.SENDING, "en"), Arguments.of(Forms.SENDING, "es"), Arguments.of(Forms.SENDING, "fr"),
                Arguments.of(Forms.HOSTING, "nl"), Arguments.of(Forms.HOSTING, "de"), Arguments.of(Forms.HOSTING, "en"),
                Arguments.of(Forms.CONTACT, "es"), Arguments.of(Forms.CONTACT, "fr"), Arguments.of(Forms.CONTACT, "de"));
    }

    static Stream<Arguments> withoutJavaScript() {
        return Stream.of(
                Arguments.of(Forms.SENDING, "de"), Arguments.of(Forms.SENDING, "nl"), Arguments.of(Forms.SENDING, "en"),
                Arguments.of(Forms.HOSTING, "es"), Arguments.of(Forms.HOSTING, "fr"), Arguments.of(Forms.HOSTING, "nl"),
                Arguments.of(Forms.CONTACT, "en"), Arguments.of(Forms.CONTACT, "nl"), Arguments.of(Forms.CONTACT, "fr"));
    }

    @ParameterizedTest(name = "{0} form in {1}")
    @MethodSource("withJavaScript")
    void valid_data_sent_with_javascript_shows_the_reference_in_the_same_language_and_stores_every_field(
            String form, String lang) {
        sendsAndStores(browsers.withJavaScript(), form, lang, "script");
    }

    @ParameterizedTest(name = "{0} form in {1}")
    @MethodSource("withoutJavaScript")
    void valid_data_posted_without_javascript_gives_the_reference_in_the_same_language_and_stores_every_field(
            String form, String lang) {
        sendsAndStores(browsers.withoutJavaScript(), form, lang, "form-post");
    }

    private static void sendsAndStores(Browser browser, String form, String lang, String channel) {
        Map<String, List<String>> typed = Entries.valid(form, lang);
        browser.open(site.url(SitePaths.formPage(form, lang)));
        assertThat(browser.lang()).isEqualTo(lang);
        FormPage page = new FormPage(browser, form);
        page.fill(typed);
        if (browser.javascript()) {
            page.awaitMinimumFillTime();
        }
        page.submit();

        ThankYouPage thanks = ThankYouPage.await(browser, form, lang);
        String reference = thanks.reference();

        List<Map<String, AttributeValue>> stored = site.submissions().where("reference", reference);
        assertThat(stored).as("items stored with reference " + reference).hasSize(1);
        Map<String, AttributeValue> item = stored.get(0);
        assertThat(Submissions.fields(form, item)).as("stored fields").isEqualTo(FormPage.comparable(form, typed));
        assertThat(item.get("form").s()).isEqualTo(form);
        assertThat(item.get("lang").s()).isEqualTo(lang);
        assertThat(item.get("channel").s()).isEqualTo(channel);
        if (!form.equals(Forms.CONTACT)) {
            thanks.assertOutcomeShown(item.get("eligibility").s());
        }
    }
}
