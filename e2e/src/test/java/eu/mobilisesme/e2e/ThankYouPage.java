package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The thank-you page a sent form lands on, and the reference it shows. */
final class ThankYouPage {

    static final Pattern REFERENCE = Pattern.compile("MSME-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private final Browser browser;
    private final String form;
    private final String lang;

    private ThankYouPage(Browser browser, String form, String lang) {
        this.browser = browser;
        this.form = form;
        this.lang = lang;
    }

    /** Waits until the browser shows the form's thank-you page in that language. */
    static ThankYouPage await(Browser browser, String form, String lang) {
        String path = SitePaths.thanksPage(form, lang);
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(path));
        assertThat(browser.lang()).as("lang of the thank-you page").isEqualTo(lang);
        return new ThankYouPage(browser, form, lang);
    }

    Map<String, String> query() {
        Map<String, String> query = new HashMap<>();
        String raw = browser.currentUrl().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    /**
     * The reference as the visitor reads it: with JavaScript, in the page's reference box (labelled in the page's
     * language); without, in the address after {@code ref=}, which the page's noscript text points to.
     */
    String reference() {
        String fromAddress = query().get("ref");
        assertThat(fromAddress).as("ref= in the address").isNotNull().matches(REFERENCE);
        WebElement box = browser.find("[data-reference]");
        if (browser.javascript()) {
            assertThat(box.isDisplayed()).as("reference box shown").isTrue();
            assertThat(box.getText()).startsWith(Messages.of(lang).get("ui.reference"));
            String shown = box.findElement(By.cssSelector("[data-reference-value]")).getText();
            assertThat(shown).as("reference shown on the page").isEqualTo(fromAddress);
            return shown;
        }
        assertThat(box.isDisplayed()).as("script-only reference box hidden without JavaScript").isFalse();
        WebElement noscript = browser.find("noscript > .reference-box");
        assertThat(noscript.isDisplayed()).as("noscript text shown").isTrue();
        // WebDriver's text turns no-break spaces (French typography) into plain ones.
        String expected = UiStrings.get(lang, "thanks_noscript").replaceAll("[\\u00a0\\u202f]", " ");
        assertThat(noscript.getText()).isEqualTo(expected);
        return fromAddress;
    }

    /** With JavaScript, the outcome paragraph of ?outcome= is the only one shown, in the page's language. */
    void assertOutcomeShown(String outcome) {
        assertThat(query().get("outcome")).as("outcome= in the address").isEqualTo(outcome);
        if (!browser.javascript()) {
            return;
        }
        var shown = browser.driver().findElements(By.cssSelector("[data-outcome]")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).singleElement().satisfies(p -> {
            assertThat(p.getAttribute("data-outcome")).isEqualTo(outcome);
            assertThat(p.getText()).isEqualTo(Messages.of(lang).get("outcome." + outcome));
        });
    }

    String form() {
        return form;
    }
}
