package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.SitePaths;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Each form completed and sent with the keyboard only, on a phone's width and a laptop's: Tab and Shift+Tab, Space,
 * arrow keys and typing, never a click, and the focused element is never hidden (outside the window or under
 * anything) at any stop on the way.
 */
class KeyboardOnlyTest extends InBrowsers {

    static Stream<Arguments> formsAndWidths() {
        return Stream.of(
                Arguments.of(Forms.SENDING, "de", 390, 844), Arguments.of(Forms.SENDING, "en", 1366, 900),
                Arguments.of(Forms.HOSTING, "fr", 390, 844), Arguments.of(Forms.HOSTING, "nl", 1366, 900),
                Arguments.of(Forms.CONTACT, "es", 390, 844), Arguments.of(Forms.CONTACT, "de", 1366, 900));
    }

    @AfterEach
    void restoreWindow() {
        browsers.withJavaScript().driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest(name = "{0} form in {1} at {2} px")
    @MethodSource("formsAndWidths")
    void a_form_is_completed_and_sent_with_the_keyboard_only_and_the_focus_is_never_hidden(String form, String lang,
            int width, int height) {
        Browser browser = Windows.sized(browsers.withJavaScript(), width, height);
        browser.open(site.url(SitePaths.formPage(form, lang)));
        KeyboardFiller filler = new KeyboardFiller(browser, form);

        filler.fillUpToSubmit();
        WebElement submit = browser.driver().switchTo().activeElement();
        // Back and forth once: Shift+Tab leaves the button for the last control, Tab returns to it.
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(browser.driver().switchTo().activeElement()).as("Shift+Tab moves back").isNotEqualTo(submit);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement()).as("Tab returns to the button").isEqualTo(submit);

        new FormPage(browser, form).awaitMinimumFillTime();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        String thanks = SitePaths.thanksPage(form, lang);
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(thanks));
        assertThat(browser.currentUrl().getQuery()).as("reference in the address").startsWith("ref=MSME-");
        assertThat(site.submissions().where(filler.nameField(), filler.uniqueName())).as("stored").hasSize(1);
        assertThat(filler.focusProblems()).as("focus stops where the focused element was hidden").isEmpty();
    }
}
