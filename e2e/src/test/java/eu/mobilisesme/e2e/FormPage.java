package eu.mobilisesme.e2e;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** A form page in a browser, as loaded once: typed into as a person types, read back, sent. */
final class FormPage {

    /** The backend drops a form sent less than this after the page loaded, as spam (answered as a success). */
    static final Duration MINIMUM_FILL_TIME = Duration.ofMillis(3_000);

    private static final int LONG_TEXT = 40;
    private static final int TYPED_TAIL = 12;

    private final Browser browser;
    private final FormDefinition form;
    private WebElement element;

    FormPage(Browser browser, String form) {
        this.browser = browser;
        this.form = Forms.byId(form).orElseThrow();
    }

    /** The form element, looked up once: make a new FormPage for each page load. */
    WebElement element() {
        if (element == null) {
            element = browser.find("form[data-form='" + form.id() + "']");
        }
        return element;
    }

    WebElement submitButton() {
        return element().findElement(By.cssSelector("button[type=submit]"));
    }

    /** Types, picks and ticks the given values; fields left out are left alone. */
    void fill(Map<String, List<String>> values) {
        Map<String, WebElement> controls = controls();
        for (Field field : form.fields()) {
            List<String> wanted = values.get(field.name());
            if (wanted != null && !wanted.isEmpty()) {
                fill(field, wanted, controls);
            }
        }
    }

    /**
     * Every control of the form in one round trip, by name, and radio buttons and checkboxes by name=value (a
     * lookup per field costs more than the typing on a busy machine).
     */
    @SuppressWarnings("unchecked")
    private Map<String, WebElement> controls() {
        return (Map<String, WebElement>) browser.script("var out = {};"
                + "Array.prototype.forEach.call(arguments[0].elements, function (el) {"
                + "  if (!el.name) { return; }"
                + "  var key = el.type === 'radio' || (el.type === 'checkbox' && el.closest('.choices'))"
                + "    ? el.name + '=' + el.value : el.name;"
                + "  out[key] = el;"
                + "});"
                + "return out;", element());
    }

    private void fill(Field field, List<String> values, Map<String, WebElement> controls) {
        String name = field.name();
        switch (field.type()) {
            case SELECT -> new Select(controls.get(name)).selectByValue(values.get(0));
            case RADIO -> choice(controls, name, values.get(0)).click();
            case CHECKBOXES -> values.forEach(v -> choice(controls, name, v).click());
            case CONSENT -> {
                if (values.get(0).equals("yes")) {
                    controls.get(name).click();
                }
            }
            case DATE -> {
                WebElement control = controls.get(name);
                control.sendKeys(monthDayYear(values.get(0)));
                String held = control.getDomProperty("value");
                if (!values.get(0).equals(held)) {
                    throw new IllegalStateException("Typed the date " + values.get(0) + " into " + name
                            + " but the field holds " + held);
                }
            }
            default -> type(controls.get(name), values.get(0));
        }
    }

    private static WebElement choice(Map<String, WebElement> controls, String name, String value) {
        WebElement choice = controls.get(name + "=" + value);
        if (choice == null) {
            throw new IllegalArgumentException("No option " + value + " for " + name);
        }
        return choice;
    }

    /**
     * Types a text. Of a long text only the last characters are real keystrokes: the rest is put in by one script
     * call (and an input event), since keystrokes one by one would take seconds per field on a busy machine.
     */
    private void type(WebElement control, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > LONG_TEXT) {
            int split = text.offsetByCodePoints(0, length - TYPED_TAIL);
            browser.script("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", control,
                    text.substring(0, split));
            control.sendKeys(text.substring(split));
        } else {
            control.sendKeys(text);
        }
    }

    /** A date field takes the digits in the browser's order; Chromium runs with --lang=en-US. */
    private static String monthDayYear(String iso) {
        LocalDate date = LocalDate.parse(iso);
        return String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /**
     * What each field of the definition holds now, in the shape a page posts it (the DOM's current values, read in
     * one round trip); empty fields are left out.
     */
    @SuppressWarnings("unchecked")
    Map<String, List<String>> values() {
        Map<String, List<String>> held = (Map<String, List<String>>) browser.script("var out = {};"
                + "Array.prototype.forEach.call(arguments[0].elements, function (el) {"
                + "  if (!el.name || el.type === 'hidden' || el.type === 'submit') { return; }"
                + "  var list = out[el.name] = out[el.name] || [];"
                + "  if (el.type === 'radio' || el.type === 'checkbox') {"
                + "    if (el.checked) { list.push(el.value); }"
                + "  } else if (el.value) { list.push(el.value); }"
                + "});"
                + "return out;", element());
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            List<String> list = held.getOrDefault(field.name(), List.of());
            if (!list.isEmpty()) {
                values.put(field.name(), List.copyOf(list));
            }
        }
        return values;
    }

    /** Comparable: checkbox groups as sorted lists, empty values dropped, fields sorted by name. */
    static Map<String, List<String>> comparable(String form, Map<String, List<String>> values) {
        FormDefinition definition = Forms.byId(form).orElseThrow();
        Map<String, List<String>> out = new TreeMap<>();
        for (Field field : definition.fields()) {
            List<String> list = values.getOrDefault(field.name(), List.of()).stream().filter(v -> !v.isEmpty())
                    .toList();
            if (!list.isEmpty()) {
                out.put(field.name(), field.type().multiValued() ? list.stream().sorted().toList() : list);
            }
        }
        return out;
    }

    /**
     * Waits until the backend will take the form for a person's (the one deliberate wait of these tests): the page's
     * script measures from showing the form to sending it, and anything sent sooner is dropped as spam.
     */
    void awaitMinimumFillTime() {
        long wanted = MINIMUM_FILL_TIME.toMillis() + 250;
        browser.waitUntil(d -> (Boolean) browser.script(
                "return performance.now() - Number(arguments[0].dataset.shownAt) >= arguments[1];", element(),
                wanted));
    }

    void submit() {
        submitButton().click();
    }

    void doubleClickSubmit() {
        new Actions(browser.driver()).doubleClick(submitButton()).perform();
    }
}
