package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The short eligibility check in Chromium, on the who-can-participate page and above a form, with JavaScript (the
 * answer in the page, the answers filled into the form) and without (the backend's page, in the same words, and a
 * link to the form that carries the answers). The check stores nothing.
 */
class EligibilityCheckTest extends InBrowsers {

    /** A large company that wants 8 months: two reasons to say no, in words. */
    private static void answerAsALargeSender(Browser browser, boolean chooseSide) {
        WebElement check = browser.find("form[data-check]");
        if (chooseSide) {
            check.findElement(By.id("check-side-send")).click();
        }
        new Select(check.findElement(By.id("check-country"))).selectByValue("ES");
        check.findElement(By.id("check-legalForm-company")).click();
        check.findElement(By.id("check-headcount")).sendKeys("300");
        check.findElement(By.id("check-smeThresholds-yes")).click();
        check.findElement(By.id("check-durationMonths")).sendKeys("8");
        check.findElement(By.id("check-experienceYears")).sendKeys("8");
        check.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** A text as WebDriver reads it from the page: no-break spaces (French punctuation) come back as spaces. */
    private static String shown(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int stored() {
        return site.submissions().where("form", Forms.SENDING).size()
                + site.submissions().where("form", Forms.HOSTING).size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "de"})
    void with_javascript_the_answer_appears_in_the_page_and_its_link_fills_in_the_form(String lang) {
        Browser browser = browsers.withJavaScript();
        Messages messages = Messages.of(lang);
        int before = stored();
        browser.open(site.url(SitePaths.whoCanParticipate(lang)));
        assertThat(browser.find("form[data-check] #check-headcount").isDisplayed()).as("sender questions hidden")
                .isFalse();

        answerAsALargeSender(browser, true);

        WebElement result = browser.find(".check-result");
        browser.waitUntil(d -> result.isDisplayed());
        assertThat(browser.currentUrl().getPath()).isEqualTo(SitePaths.whoCanParticipate(lang));
        assertThat(result.findElement(By.cssSelector(".check-outcome")).getText())
                .isEqualTo(shown(messages.get("check.outcome.ineligible")));
        assertThat(result.findElements(By.cssSelector("li"))).extracting(e -> e.getAttribute("data-reason"))
                .containsExactly("LARGE_COMPANY_CANNOT_SEND", "DURATION_TOO_LONG", "NO_OPEN_CALL");
        assertThat(result.findElements(By.cssSelector("li"))).extracting(WebElement::getText)
                .contains(shown(messages.get("eligibility.DURATION_TOO_LONG")));
        assertThat(browser.script("return document.activeElement === arguments[0];", result)).isEqualTo(true);

        WebElement link = result.findElement(By.linkText(messages.get("check.result.send")));
        link.click();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(SitePaths.formPage(Forms.SENDING, lang)));
        assertPrefilled(new FormPage(browser, Forms.SENDING));
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "nl", "en"})
    void without_javascript_the_backend_answers_with_a_page_in_the_language_and_a_link_carrying_the_answers(
            String lang) {
        Browser browser = browsers.withoutJavaScript();
        Messages messages = Messages.of(lang);
        int before = stored();
        browser.open(site.url(SitePaths.whoCanParticipate(lang)));

        answerAsALargeSender(browser, true);

        browser.waitUntil(d -> browser.currentUrl().getPath().equals("/api/check"));
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.find("h1").getText()).isEqualTo(messages.get("check.result.title"));
        assertThat(browser.find(".check-outcome").getText()).isEqualTo(shown(messages.get("check.outcome.ineligible")));
        assertThat(browser.driver().findElements(By.cssSelector("main li"))).extracting(WebElement::getText)
                .containsExactly(shown(messages.get("eligibility.LARGE_COMPANY_CANNOT_SEND")),
                        shown(messages.get("eligibility.DURATION_TOO_LONG")),
                        shown(messages.get("check.eligibility.NO_OPEN_CALL")));
        assertThat(browser.find("main").getText()).contains(shown(messages.get("check.result.stored")));

        browser.driver().findElement(By.linkText(messages.get("check.result.send"))).click();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(SitePaths.formPage(Forms.SENDING, lang)));
        assertThat(browser.currentUrl().getQuery()).isEqualTo("country=ES&legalForm=company&headcount=300"
                + "&smeThresholds=yes&durationMonths=8&p1ExperienceYears=8");
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "de"})
    void above_the_sending_form_the_check_asks_only_a_senders_questions_and_fills_in_the_form_below(String lang) {
        Browser browser = browsers.withJavaScript();
        Messages messages = Messages.of(lang);
        browser.open(site.url(SitePaths.formPage(Forms.SENDING, lang)));
        assertThat(browser.driver().findElements(By.cssSelector("form[data-check] [name=side]")))
                .singleElement().satisfies(side -> assertThat(side.getAttribute("type")).isEqualTo("hidden"));
        assertThat(browser.driver().findElements(By.id("check-activeDaily"))).as("a host's question").isEmpty();

        answerAsALargeSender(browser, false);

        WebElement result = browser.find(".check-result");
        browser.waitUntil(d -> result.isDisplayed());
        assertThat(result.findElement(By.cssSelector(".check-outcome")).getText())
                .isEqualTo(shown(messages.get("check.outcome.ineligible")));
        assertPrefilled(new FormPage(browser, Forms.SENDING));
    }

    private static void assertPrefilled(FormPage form) {
        Map<String, List<String>> values = form.values();
        assertThat(values).containsEntry("country", List.of("ES")).containsEntry("legalForm", List.of("company"))
                .containsEntry("headcount", List.of("300")).containsEntry("smeThresholds", List.of("yes"))
                .containsEntry("durationMonths", List.of("8")).containsEntry("p1ExperienceYears", List.of("8"));
    }
}
