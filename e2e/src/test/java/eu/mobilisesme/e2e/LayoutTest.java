package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The layout in real Chromium: no page of any language scrolls sideways on a phone or a laptop (long German and
 * Dutch words break), the main content keeps its space under the menu and above the footer, a focused header
 * link is dark text on the yellow band, and the home page's two buttons are on a phone's first screen.
 */
class LayoutTest extends InBrowsers {

    private static final Dimension DEFAULT = new Dimension(1280, 1000);

    @AfterEach
    void restoreTheWindow() {
        browsers.withJavaScript().driver().manage().window().setSize(DEFAULT);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {320, 390, 1366})
    void no_page_in_any_language_scrolls_sideways(int width) {
        Browser browser = sized(width, 844);
        List<String> wide = new ArrayList<>();
        for (String path : SitePages.of(Site.repositoryRoot()).all()) {
            browser.open(site.url(path));
            Object overflow = browser.script("var e = document.scrollingElement;"
                    + " return e.scrollWidth > window.innerWidth ? e.scrollWidth : 0;");
            if (((Number) overflow).intValue() > 0) {
                wide.add(path + " (" + overflow + " px)");
            }
        }
        assertThat(wide).as("pages wider than %d px", width).isEmpty();
    }

    @Test
    void the_main_content_keeps_its_space_under_the_menu_and_above_the_footer() {
        Browser browser = sized(390, 844);
        browser.open(site.url(SitePages.of(Site.repositoryRoot()).path("de", "contact")));
        Object gaps = browser.script("var main = document.querySelector('main').getBoundingClientRect();"
                + " var h1 = document.querySelector('main h1').getBoundingClientRect();"
                + " var button = document.querySelector('main form button[type=submit]').getBoundingClientRect();"
                + " var footer = document.querySelector('footer').getBoundingClientRect();"
                + " return [h1.top - main.top, footer.top - button.bottom];");
        @SuppressWarnings("unchecked")
        List<Number> both = (List<Number>) gaps;
        assertThat(both.get(0).doubleValue()).as("space above the h1").isGreaterThanOrEqualTo(16);
        assertThat(both.get(1).doubleValue()).as("space under the submit button").isGreaterThanOrEqualTo(32);
    }

    @Test
    void a_focused_header_link_is_dark_text_on_the_yellow_band() {
        Browser browser = sized(1366, 900);
        browser.open(site.url("/en/"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        body = browser.driver().switchTo().activeElement();
        body.sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("brand");
        assertThat(focused.getCssValue("color")).isEqualTo("rgba(27, 27, 27, 1)");
        assertThat(focused.getCssValue("background-color")).isEqualTo("rgba(255, 191, 71, 1)");
        focused.sendKeys(Keys.TAB);
        WebElement language = browser.driver().switchTo().activeElement();
        assertThat(language.getAttribute("hreflang")).isNotBlank();
        assertThat(language.getCssValue("color")).isEqualTo("rgba(27, 27, 27, 1)");
    }

    @Test
    void the_home_page_buttons_are_on_a_phone_s_first_screen_in_every_language() {
        Browser browser = sized(390, 844);
        for (String lang : AccessibilityTest.LANGUAGES) {
            browser.open(site.url("/" + lang + "/"));
            Object bottom = browser.script("var b = document.querySelectorAll('.home-banner .actions .button');"
                    + " return b.length === 2 ? b[1].getBoundingClientRect().bottom : 99999;");
            Object height = browser.script("return window.innerHeight;");
            assertThat(((Number) bottom).doubleValue()).as("second button's bottom in %s", lang)
                    .isLessThanOrEqualTo(((Number) height).doubleValue());
        }
    }

    /** The window sized so that its viewport (innerWidth by innerHeight) is width by height, as on a phone. */
    private static Browser sized(int width, int height) {
        Browser browser = browsers.withJavaScript();
        browser.driver().manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) browser.script("return [window.outerWidth - window.innerWidth,"
                + " window.outerHeight - window.innerHeight];");
        browser.driver().manage().window().setSize(
                new Dimension(width + frame.get(0).intValue(), height + frame.get(1).intValue()));
        return browser;
    }
}
