package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An impatient double-click on Send stores the form once, with and without JavaScript. */
class DoubleClickTest extends InBrowsers {

    @Test
    void a_double_click_on_send_with_javascript_stores_one_item_and_shows_its_reference() {
        doubleClickStoresOnce(browsers.withJavaScript(), Forms.CONTACT, "de");
    }

    @Test
    void a_double_click_on_send_without_javascript_stores_one_item_and_shows_its_reference() {
        doubleClickStoresOnce(browsers.withoutJavaScript(), Forms.HOSTING, "fr");
    }

    private static void doubleClickStoresOnce(Browser browser, String form, String lang) {
        Map<String, List<String>> typed = Entries.valid(form, lang);
        browser.open(site.url(SitePaths.formPage(form, lang)));
        FormPage page = new FormPage(browser, form);
        page.fill(typed);
        if (browser.javascript()) {
            page.awaitMinimumFillTime();
        }
        page.doubleClickSubmit();

        String reference = ThankYouPage.await(browser, form, lang).reference();
        String nameField = Entries.nameField(form);
        assertThat(site.submissions().where(nameField, typed.get(nameField).get(0)))
                .as("items stored for one double-clicked form").singleElement()
                .satisfies(item -> assertThat(item.get("reference").s()).isEqualTo(reference));
    }
}
