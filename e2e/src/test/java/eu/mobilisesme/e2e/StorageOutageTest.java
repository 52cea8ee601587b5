package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Storage down when the visitor sends (the backend answers 503 with Retry-After): nothing is lost, and once storage
 * is back the form is stored exactly once. Uses a preview and a dynalite of its own, which it stops and restarts.
 */
@ExtendWith({SiteExtension.class, FailureEvidence.class})
class StorageOutageTest {

    private static Site own;
    private static Browsers browsers;
    private boolean storageDown;

    @BeforeAll
    static void start(Browsers startedBrowsers) {
        browsers = startedBrowsers;
        browsers.withJavaScript();
        own = Site.start();
    }

    @AfterAll
    static void stop() {
        if (own != null) {
            own.close();
        }
    }

    @AfterEach
    void storageBack() {
        if (storageDown) {
            restartStorage();
        }
    }

    @Test
    void with_javascript_the_page_retries_after_a_503_and_the_form_is_stored_once_when_storage_is_back() {
        Browser browser = browsers.withJavaScript();
        String form = Forms.CONTACT;
        String lang = "nl";
        Map<String, List<String>> typed = Entries.valid(form, lang);
        browser.open(own.url(SitePaths.formPage(form, lang)));
        FormPage page = new FormPage(browser, form);
        page.fill(typed);
        page.awaitMinimumFillTime();

        stopStorage();
        page.submit();
        String retrying = Messages.of(lang).get("ui.retry");
        browser.waitUntil(d -> page.element().findElement(By.cssSelector(".form-status")).getText().equals(retrying));
        restartStorage();

        String reference = ThankYouPage.await(browser, form, lang).reference();
        assertStoredOnce(form, typed, reference);
    }

    @Test
    void without_javascript_the_503_page_is_in_the_page_language_and_sending_again_after_back_stores_once() {
        Browser browser = browsers.withoutJavaScript();
        String form = Forms.CONTACT;
        String lang = "es";
        Messages messages = Messages.of(lang);
        Map<String, List<String>> typed = Entries.valid(form, lang);
        browser.open(own.url(SitePaths.formPage(form, lang)));
        new FormPage(browser, form).fill(typed);

        stopStorage();
        new FormPage(browser, form).submit();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals("/api/contact"));
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.find("h1").getText()).isEqualTo(messages.get("problem.request"));
        assertThat(browser.find("main").getText()).contains(messages.get("error.STORAGE_UNAVAILABLE"))
                .contains(messages.get("page.error.back"));
        restartStorage();

        browser.driver().navigate().back();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(SitePaths.formPage(form, lang)));
        FormPage again = new FormPage(browser, form);
        assertThat(FormPage.comparable(form, again.values())).isEqualTo(FormPage.comparable(form, typed));
        again.submit();

        String reference = ThankYouPage.await(browser, form, lang).reference();
        assertStoredOnce(form, typed, reference);
    }

    private void stopStorage() {
        storageDown = true;
        own.dynalite().stop();
    }

    private void restartStorage() {
        own.dynalite().restart();
        storageDown = false;
    }

    private static void assertStoredOnce(String form, Map<String, List<String>> typed, String reference) {
        String nameField = Entries.nameField(form);
        assertThat(own.submissions().where(nameField, typed.get(nameField).get(0)))
                .as("items stored after the outage").singleElement()
                .satisfies(item -> {
                    assertThat(item.get("reference").s()).isEqualTo(reference);
                    assertThat(Submissions.fields(form, item)).isEqualTo(FormPage.comparable(form, typed));
                });
    }
}
