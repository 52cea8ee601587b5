package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.SitePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of page, in any language, including the states a
 * visitor only reaches by sending a form: a form showing its errors, a thank-you page with its reference, and the
 * backend's own error page for a post without JavaScript.
 */
class AccessibilityTest extends InBrowsers {

    static final List<String> LANGUAGES = Languages.SUPPORTED;

    /** One page of each type per language, by its translation key; a thank-you page with a reference to show. */
    static Stream<Arguments> pageTypes() {
        List<Arguments> all = new ArrayList<>();
        SitePages content = SitePages.of(Site.repositoryRoot());
        for (String lang : Languages.SUPPORTED) {
            Map<String, String> byType = new LinkedHashMap<>();
            byType.put("home", content.path(lang, "home"));
            byType.put("content page", content.path(lang, "about"));
            byType.put("news list", content.path(lang, "news"));
            byType.put("news post", content.path(lang, "news-2020-12-launch"));
            byType.put("sending form", SitePaths.formPage(Forms.SENDING, lang));
            byType.put("hosting form", SitePaths.formPage(Forms.HOSTING, lang));
            byType.put("contact form", SitePaths.formPage(Forms.CONTACT, lang));
            byType.put("thank-you page", SitePaths.thanksPage(Forms.SENDING, lang)
                    + "?ref=MSME-ABCD-EFGH&outcome=needs-review");
            byType.put("not-found page", content.path(lang, "notfound"));
            byType.forEach((type, path) -> all.add(Arguments.of(lang, type, path)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pageTypes")
    void every_page_type_in_every_language_has_no_wcag_21_a_or_aa_violation(String lang, String type, String path) {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(path));
        assertThat(browser.lang()).isEqualTo(lang);
        assertNoViolations(browser);
    }

    @Test
    void the_check_reports_a_violation_when_a_page_has_one() {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(SitePaths.home("en")));
        browser.script("document.querySelector('main').appendChild(document.createElement('img')).src = 'x.png';");
        assertThat(Axe.violations(browser)).singleElement().asString().startsWith("image-alt ");
    }

    @Test
    void the_root_language_choice_page_has_no_wcag_21_a_or_aa_violation() {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url("/"));
        assertNoViolations(browser);
    }

    @Test
    void the_multilingual_page_for_an_unknown_address_has_no_wcag_21_a_or_aa_violation() {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url("/no/such/page/"));
        assertThat(browser.driver().findElements(By.cssSelector("section.notfound"))).hasSize(LANGUAGES.size());
        assertNoViolations(browser);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void a_form_showing_its_errors_has_no_wcag_21_a_or_aa_violation(String lang) {
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.SENDING, lang)));
        FormPage page = new FormPage(browser, Forms.SENDING);
        page.fill(Map.of("vatNumber", List.of("ES-B1"), "participantCount", List.of("2")));
        page.awaitMinimumFillTime();
        page.submit();
        browser.waitUntil(d -> page.element().findElement(By.cssSelector(".error-summary")).isDisplayed());
        assertThat(page.element().findElements(By.cssSelector(".field-error"))).hasSizeGreaterThan(10);
        assertNoViolations(browser);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void the_backend_error_page_for_a_post_without_javascript_has_no_wcag_21_a_or_aa_violation(String lang) {
        Browser browser = browsers.withoutJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.CONTACT, lang)));
        new FormPage(browser, Forms.CONTACT).fill(
                Entries.with(Entries.valid(Forms.CONTACT, lang), Map.of("email", List.of("jan@example"))));
        new FormPage(browser, Forms.CONTACT).submit();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals("/api/contact"));
        assertThat(browser.lang()).isEqualTo(lang);
        assertNoViolations(browser);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void the_sending_form_and_a_thank_you_page_without_javascript_have_no_wcag_21_a_or_aa_violation(String lang) {
        Browser browser = browsers.withoutJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.SENDING, lang)));
        assertNoViolations(browser);
        browser.open(site.url(SitePaths.thanksPage(Forms.CONTACT, lang) + "?ref=MSME-ABCD-EFGH"));
        assertNoViolations(browser);
    }

    private static void assertNoViolations(Browser browser) {
        List<String> violations = Axe.violations(browser);
        assertThat(violations).as("axe violations (WCAG 2.2 A/AA) on " + browser.currentUrl() + ":\n"
                + String.join("\n", violations)).isEmpty();
    }
}
