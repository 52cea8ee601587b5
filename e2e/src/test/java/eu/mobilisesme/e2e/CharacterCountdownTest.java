package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.SitePaths;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * Under each limited text area, a counter in the page's language says how many characters are left and, below the
 * definition's minimum, how many are still needed.
 */
class CharacterCountdownTest extends InBrowsers {

    @ParameterizedTest(name = "contact form in {0}")
    @ValueSource(strings = {"en", "fr", "de"})
    void the_counter_says_what_is_left_and_what_is_still_needed_as_the_visitor_types(String lang) {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.CONTACT, lang)));
        WebElement message = browser.find("textarea[name=message]");
        int max = Integer.parseInt(message.getAttribute("maxlength"));
        int min = Forms.byId(Forms.CONTACT).orElseThrow().field("message").orElseThrow().minLength();
        assertThat(min).as("the message has a minimum").isGreaterThan(8);
        WebElement counter = browser.find("textarea[name=message] + p.count");
        assertThat(normalised(counter.getText())).isEqualTo(needed(lang, min) + " · " + left(lang, max));
        message.clear();
        message.sendKeys("Bonjour");
        assertThat(normalised(counter.getText())).isEqualTo(needed(lang, min - 7) + " · " + left(lang, max - 7));
        String rest = "x".repeat(min - 8);
        message.sendKeys(rest);
        assertThat(normalised(counter.getText())).isEqualTo(needed(lang, 1) + " · " + left(lang, max - min + 1));
        message.sendKeys("!");
        assertThat(normalised(counter.getText())).as("the minimum reached").isEqualTo(left(lang, max - min));
    }

    private static String left(String lang, int n) {
        return words(lang, n == 1 ? "form_characters_left_one" : "form_characters_left_other", n);
    }

    private static String needed(String lang, int n) {
        return words(lang, n == 1 ? "form_characters_needed_one" : "form_characters_needed_other", n);
    }

    /** The site's wording with the number grouped as the browser groups it (spaces of any kind made plain). */
    private static String words(String lang, String key, int n) {
        return normalised(UiStrings.get(lang, key)
                .replace("{n}", NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang)).format(n)));
    }

    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
