package eu.mobilisesme.e2e;

import static eu.mobilisesme.forms.ErrorCode.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The page checks a form before sending it, with the backend's rules and messages: an empty form sent from its
 * button gets the summary of every required question, in the page's language and naming each entry's section, at
 * the top of the window and focused, and no request leaves the browser (the preview counts every /api/ request it
 * receives, and the page's own resource timing lists none). Leaving a corrected field checks the form again.
 */
class BrowserChecksTest extends InBrowsers {

    static Stream<Arguments> formsInLanguages() {
        return Stream.of(Arguments.of(Forms.CONTACT, "nl", 390, 844), Arguments.of(Forms.SENDING, "fr", 390, 844),
                Arguments.of(Forms.HOSTING, "de", 1366, 900), Arguments.of(Forms.CONTACT, "en", 1366, 900));
    }

    @AfterEach
    void restoreWindow() {
        browsers.withJavaScript().driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest(name = "{0} form in {1} at {2} px")
    @MethodSource("formsInLanguages")
    void an_empty_form_gets_the_backends_messages_in_the_page_and_nothing_is_sent(String form, String lang, int width,
            int height) {
        Browser browser = Windows.sized(browsers.withJavaScript(), width, height);
        Messages messages = Messages.of(lang);
        FormDefinition definition = Forms.byId(form).orElseThrow();
        browser.open(site.url(SitePaths.formPage(form, lang)));
        FormPage page = new FormPage(browser, form);
        long requestsBefore = site.preview().apiRequests();

        page.submitButton().sendKeys(Keys.ENTER);
        WebElement summary = page.element().findElement(By.cssSelector(".error-summary"));
        browser.waitUntil(d -> summary.isDisplayed());

        List<Field> expected = definition.fields().stream()
                .filter(f -> f.required() && !f.conditional()).toList();
        assertThat(summary.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .as("the summary: each required question, with its section, in the definition's order")
                .containsExactlyElementsOf(expected.stream().map(f -> entry(messages, f, FieldError.of(f.name(),
                        REQUIRED))).toList());
        for (Field field : expected) {
            WebElement message = page.element().findElement(By.id("error-" + field.name()));
            assertThat(message.getText()).as("message at %s", field.name())
                    .isEqualTo(FieldError.of(field.name(), REQUIRED).message(messages));
        }
        assertThat(browser.script("return document.activeElement === arguments[0];", summary))
                .as("focus on the summary").isEqualTo(true);
        assertTopOfWindow(browser, summary);
        assertNothingSent(browser, requestsBefore);

        // Keyboard: Tab from the summary to its first link, Enter moves the focus to that field.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement link = browser.driver().switchTo().activeElement();
        assertThat(link.getTagName()).isEqualTo("a");
        String target = link.getDomAttribute("href").substring(1);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.id;")).as("the link focuses its field")
                .isEqualTo(target);

        // After the first attempt, leaving a corrected field checks again: its error goes, nothing is sent.
        Field firstText = expected.stream().filter(f -> f.type() == FieldType.TEXT).findFirst().orElse(null);
        if (firstText != null) {
            WebElement control = page.element().findElement(By.name(firstText.name()));
            control.sendKeys("Corrected name");
            control.sendKeys(Keys.TAB);
            browser.waitUntil(d -> d.findElements(By.id("error-" + firstText.name())).isEmpty());
            assertThat(summary.findElements(By.tagName("li"))).hasSize(expected.size() - 1);
            assertNothingSent(browser, requestsBefore);
        }
    }

    /** A summary entry as the page writes it: "Section – Label: message". */
    static String entry(Messages messages, Field field, FieldError error) {
        return messages.get("section." + field.section()) + " – " + messages.fieldLabel(field.name()) + ": "
                + error.message(messages);
    }

    private static void assertTopOfWindow(Browser browser, WebElement summary) {
        @SuppressWarnings("unchecked")
        List<Number> place = (List<Number>) browser.script("var r = arguments[0].getBoundingClientRect();"
                + "var hit = document.elementFromPoint(r.left + 5, r.top + 5);"
                + "return [r.top, window.innerHeight, arguments[0].contains(hit) ? 1 : 0];", summary);
        assertThat(place.get(0).doubleValue()).as("summary's top in the window").isBetween(0.0, 120.0);
        assertThat(place.get(2).intValue()).as("nothing covers the summary's top").isEqualTo(1);
    }

    static void assertNothingSent(Browser browser, long requestsBefore) {
        assertThat(site.preview().apiRequests()).as("requests the preview received for /api/*")
                .isEqualTo(requestsBefore);
        assertThat(browser.script("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/api/') >= 0; }).length;"))
                .as("requests for /api/* in the page's resource timing").isEqualTo(0L);
    }
}
