package eu.mobilisesme.e2e;

import static eu.mobilisesme.forms.ErrorCode.DATE_TOO_EARLY;
import static eu.mobilisesme.forms.ErrorCode.EMAIL_INVALID;
import static eu.mobilisesme.forms.ErrorCode.NUMBER_TOO_LARGE;
import static eu.mobilisesme.forms.ErrorCode.NUMBER_TOO_SMALL;
import static eu.mobilisesme.forms.ErrorCode.REQUIRED;
import static eu.mobilisesme.forms.ErrorCode.TOO_SHORT;
import static eu.mobilisesme.forms.ErrorCode.VAT_INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.FieldError;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Invalid data, in several languages: the visitor is told what is wrong in the page's language, next to each field
 * and in a summary, and loses nothing typed; without JavaScript the backend's page says it and Back keeps the form.
 */
class FormErrorsTest extends InBrowsers {

    /**
     * The script switches the browser's own checks off and checks with the backend's rules instead: these mistakes
     * are found on the page, in its language, before anything is sent.
     */
    static Stream<Arguments> withJavaScript() {
        return Stream.of(
                Arguments.of(Forms.CONTACT, "fr",
                        Map.of("name", List.of(), "email", List.of("jan@example"), "message", List.of("Bonjour")),
                        List.of(FieldError.of("name", REQUIRED), FieldError.of("email", EMAIL_INVALID),
                                FieldError.of("message", TOO_SHORT, "min", 20))),
                Arguments.of(Forms.SENDING, "de",
                        Map.of("vatNumber", List.of("ES-B1"), "yearFounded", List.of("1700"),
                                "goals", List.of(), "durationMonths", List.of("9")),
                        List.of(FieldError.of("vatNumber", VAT_INVALID),
                                FieldError.of("yearFounded", NUMBER_TOO_SMALL, "min", 1800L),
                                FieldError.of("durationMonths", NUMBER_TOO_LARGE, "max", 6L),
                                FieldError.of("goals", REQUIRED))),
                Arguments.of(Forms.HOSTING, "es",
                        Map.of("activityYears", List.of("61"), "workingLanguages", List.of(),
                                "privacyNotice", List.of()),
                        List.of(FieldError.of("activityYears", NUMBER_TOO_LARGE, "max", 60L),
                                FieldError.of("workingLanguages", REQUIRED),
                                FieldError.of("privacyNotice", REQUIRED))),
                // A date limit counted from the contact point's today, and written as the backend writes dates.
                Arguments.of(Forms.SENDING, "nl",
                        Map.of("preferredStart", List.of(Entries.today().plusDays(1).toString())),
                        List.of(FieldError.of("preferredStart", DATE_TOO_EARLY, "date",
                                Forms.byId(Forms.SENDING).orElseThrow().field("preferredStart").orElseThrow()
                                        .earliest().from(Entries.today())))));
    }

    /** Mistakes the browser's own checks let through (they run without JavaScript), so the backend answers. */
    static Stream<Arguments> withoutJavaScript() {
        return Stream.of(
                Arguments.of(Forms.CONTACT, "nl", Map.of("email", List.of("jan@example")),
                        List.of(FieldError.of("email", EMAIL_INVALID))),
                Arguments.of(Forms.SENDING, "es", Map.of("vatNumber", List.of("ES-B1"), "goals", List.of()),
                        List.of(FieldError.of("vatNumber", VAT_INVALID), FieldError.of("goals", REQUIRED))),
                Arguments.of(Forms.HOSTING, "de", Map.of("workingLanguages", List.of(), "vatNumber", List.of("ES-B1")),
                        List.of(FieldError.of("vatNumber", VAT_INVALID), FieldError.of("workingLanguages", REQUIRED))));
    }

    @ParameterizedTest(name = "{0} form in {1}")
    @MethodSource("withJavaScript")
    void invalid_data_shows_the_summary_and_field_errors_in_the_page_language_focuses_the_summary_and_keeps_every_value(
            String form, String lang, Map<String, List<String>> changes, List<FieldError> expected) {
        Browser browser = browsers.withJavaScript();
        Messages messages = Messages.of(lang);
        Map<String, List<String>> typed = Entries.with(Entries.valid(form, lang), changes);
        browser.open(site.url(SitePaths.formPage(form, lang)));
        FormPage page = new FormPage(browser, form);
        page.fill(typed);
        page.awaitMinimumFillTime();
        long requestsBefore = site.preview().apiRequests();
        page.submit();

        WebElement summary = page.element().findElement(By.cssSelector(".error-summary"));
        browser.waitUntil(d -> summary.isDisplayed());
        assertThat(browser.script("return document.activeElement === arguments[0];", summary))
                .as("focus on the error summary").isEqualTo(true);
        assertThat(summary.findElement(By.tagName("h3")).getText()).isEqualTo(messages.get("ui.errorSummary"));
        var definition = Forms.byId(form).orElseThrow();
        assertThat(summary.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> BrowserChecksTest.entry(messages,
                        definition.field(e.field()).orElseThrow(), e)).toList());
        BrowserChecksTest.assertNothingSent(browser, requestsBefore);
        for (FieldError error : expected) {
            WebElement wrapper = page.element().findElement(By.cssSelector("[data-field='" + error.field() + "']"));
            WebElement message = wrapper.findElement(By.id("error-" + error.field()));
            assertThat(message.isDisplayed()).as("error shown at " + error.field()).isTrue();
            assertThat(message.getText()).as("error at " + error.field()).isEqualTo(error.message(messages));
            assertThat(wrapper.getAttribute("class")).contains("has-error");
            assertThat(wrapper.findElements(By.cssSelector("[aria-invalid='true']"))).isNotEmpty();
            assertThat(describedBy(wrapper, "error-" + error.field()))
                    .as("the error is part of the field's accessible description").isTrue();
        }
        assertThat(FormPage.comparable(form, page.values())).as("values after the errors")
                .isEqualTo(FormPage.comparable(form, typed));

        WebElement firstLink = summary.findElement(By.tagName("a"));
        String target = firstLink.getAttribute("href").replaceFirst("^[^#]*#", "");
        firstLink.click();
        assertThat(browser.script("return document.activeElement.id;")).as("a summary link moves focus to its field")
                .isEqualTo(target);
        assertNothingStored(form, typed);
    }

    /**
     * The server stays the judge: with the page's own rules gone (an old page in a cache, a rule that compares
     * fields), its 422 answer comes back in the same summary, sections named, after exactly one request.
     */
    @Test
    void the_server_s_answer_comes_back_in_the_same_summary_when_the_page_cannot_check() {
        Browser browser = browsers.withJavaScript();
        String lang = "fr";
        Messages messages = Messages.of(lang);
        Map<String, List<String>> typed = Entries.with(Entries.valid(Forms.SENDING, lang),
                Map.of("durationMonths", List.of("9")));
        // The page's script reads its rules when it starts: take them out as the page is parsed.
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "new MutationObserver(function () {"
                        + " document.querySelectorAll('script[data-rules-for]').forEach(function (s) { s.remove(); });"
                        + " }).observe(document, { childList: true, subtree: true });"));
        FormPage page;
        try {
            browser.open(site.url(SitePaths.formPage(Forms.SENDING, lang)));
            page = new FormPage(browser, Forms.SENDING);
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
        assertThat(browser.script("return document.querySelectorAll('script[data-rules-for]').length;"))
                .as("the page's rules are gone").isEqualTo(0L);
        page.fill(typed);
        page.awaitMinimumFillTime();
        long requestsBefore = site.preview().apiRequests();
        page.submit();

        WebElement summary = page.element().findElement(By.cssSelector(".error-summary"));
        browser.waitUntil(d -> summary.isDisplayed());
        FieldError expected = FieldError.of("durationMonths", NUMBER_TOO_LARGE, "max", 6L);
        assertThat(summary.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .containsExactly(BrowserChecksTest.entry(messages, Forms.byId(Forms.SENDING).orElseThrow()
                        .field("durationMonths").orElseThrow(), expected));
        assertThat(browser.script("return document.activeElement === arguments[0];", summary))
                .as("focus on the error summary").isEqualTo(true);
        assertThat(site.preview().apiRequests()).as("one request, answered 422").isEqualTo(requestsBefore + 1);
        assertNothingStored(Forms.SENDING, typed);
    }

    @ParameterizedTest(name = "{0} form in {1}")
    @MethodSource("withoutJavaScript")
    void invalid_data_posted_without_javascript_gets_an_error_page_in_the_page_language_and_back_keeps_every_value(
            String form, String lang, Map<String, List<String>> changes, List<FieldError> expected) {
        Browser browser = browsers.withoutJavaScript();
        Messages messages = Messages.of(lang);
        Map<String, List<String>> typed = Entries.with(Entries.valid(form, lang), changes);
        browser.open(site.url(SitePaths.formPage(form, lang)));
        FormPage page = new FormPage(browser, form);
        page.fill(typed);
        page.submit();

        browser.waitUntil(d -> browser.currentUrl().getPath().startsWith("/api/"));
        assertThat(browser.lang()).as("lang of the error page").isEqualTo(lang);
        assertThat(browser.find("h1").getText()).isEqualTo(messages.get("problem.validation"));
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(e -> messages.fieldLabel(e.field()) + ": " + e.message(messages)).toList());
        assertThat(browser.find("main").getText()).contains(messages.get("page.error.back"));
        assertThat(browser.driver().findElement(By.linkText(messages.get("page.error.restart")))
                .getAttribute("href")).endsWith(SitePaths.formPage(form, lang));

        browser.driver().navigate().back();
        browser.waitUntil(d -> browser.currentUrl().getPath().equals(SitePaths.formPage(form, lang)));
        assertThat(FormPage.comparable(form, new FormPage(browser, form).values())).as("values after Back")
                .isEqualTo(FormPage.comparable(form, typed));
        assertNothingStored(form, typed);
    }

    private static boolean describedBy(WebElement wrapper, String id) {
        return Stream.concat(Stream.of(wrapper), wrapper.findElements(By.cssSelector("input, select, textarea")).stream())
                .map(e -> e.getAttribute("aria-describedby"))
                .anyMatch(ids -> ids != null && List.of(ids.split(" ")).contains(id));
    }

    private static void assertNothingStored(String form, Map<String, List<String>> typed) {
        String name = Entries.nameField(form);
        if (typed.containsKey(name)) {
            assertThat(site.submissions().where(name, typed.get(name).get(0))).as("stored items").isEmpty();
        }
    }
}
