package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.SitePaths;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/** Under each limited text area, a countdown in the page's language says how many characters are left. */
class CharacterCountdownTest extends InBrowsers {

    @ParameterizedTest(name = "contact form in {0}")
    @ValueSource(strings = {"en", "fr", "de"})
    void the_counter_counts_down_as_the_visitor_types(String lang) {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.CONTACT, lang)));
        WebElement message = browser.find("textarea[name=message]");
        int max = Integer.parseInt(message.getAttribute("maxlength"));
        WebElement counter = browser.find("textarea[name=message] + p.count");
        assertThat(normalised(counter.getText())).isEqualTo(expected(lang, max));
        message.clear();
        message.sendKeys("Bonjour");
        assertThat(normalised(counter.getText())).isEqualTo(expected(lang, max - 7));
    }

    /** The site's wording with the number grouped as the browser groups it (spaces of any kind made plain). */
    private static String expected(String lang, int left) {
        String pattern = UiStrings.get(lang, left == 1 ? "form_characters_left_one" : "form_characters_left_other");
        return normalised(pattern.replace("{n}", NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang)).format(left)));
    }

    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
