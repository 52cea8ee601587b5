package eu.mobilisesme.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Completes a form as a keyboard user does: Tab and Shift+Tab from control to control, Space for boxes, arrow keys
 * for radio buttons and lists, typing for the rest; never a click. What it enters comes from the rules the page
 * embeds for its own check (the backend's definition), so it follows the form as its fields change: every required
 * field that applies gets a value inside its limits, optional ones are left empty.
 */
final class KeyboardFiller {

    /** Tab presses allowed before the submit button must have been reached. */
    private static final int MOST_TAB_STOPS = 2_000;

    private final Browser browser;
    private final String form;
    private final Map<String, Map<String, Object>> rules = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final String uniqueName;
    private final String nameField;

    KeyboardFiller(Browser browser, String form) {
        this.browser = browser;
        this.form = form;
        this.nameField = Entries.nameField(form);
        this.uniqueName = "Keyboard " + UUID.randomUUID().toString().substring(0, 8);
        for (Map<String, Object> rule : embeddedRules(browser, form)) {
            rules.put((String) rule.get("name"), rule);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> embeddedRules(Browser browser, String form) {
        Map<String, Object> all = (Map<String, Object>) browser.script("return JSON.parse(document.querySelector("
                + "'script[data-rules-for=\"' + arguments[0] + '\"]').textContent);", form);
        return (List<Map<String, Object>>) all.get("fields");
    }

    /** The value typed into the field that tells this submission from others'. */
    String uniqueName() {
        return uniqueName;
    }

    String nameField() {
        return nameField;
    }

    /** Focus places where the focused element was hidden (under the header, outside the window); empty is good. */
    List<String> focusProblems() {
        return problems;
    }

    /**
     * Tabs from the top of the page through the whole form, entering each value as its control gets the focus, until
     * the submit button has it. Every focus stop is checked for being visible.
     */
    void fillUpToSubmit() {
        Set<Object> done = new HashSet<>();
        WebElement formElement = browser.find("form[data-form='" + form + "']");
        for (int i = 0; i < MOST_TAB_STOPS; i++) {
            press(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            checkVisible(focused);
            if (!(Boolean) browser.script("return arguments[0].contains(arguments[1]);", formElement, focused)) {
                continue;
            }
            String tag = focused.getTagName();
            String type = String.valueOf(focused.getDomAttribute("type"));
            if (tag.equals("button") && type.equals("submit")) {
                return;
            }
            String name = focused.getDomAttribute("name");
            Map<String, Object> rule = name == null ? null : rules.get(name);
            String key = name + "=" + focused.getDomAttribute("value") + "#" + focused.getDomAttribute("id");
            if (rule == null || !done.add(key)) {
                continue;    // a link, a date's next part, or a control already handled
            }
            enter(focused, rule);
        }
        throw new AssertionError("The submit button of " + form + " was not reached with " + MOST_TAB_STOPS + " tabs");
    }

    private void enter(WebElement control, Map<String, Object> rule) {
        boolean required = Boolean.TRUE.equals(rule.get("required"));
        String type = (String) rule.get("type");
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) rule.get("options");
        switch (type) {
            case "CONSENT" -> {
                if (required) {
                    press(Keys.SPACE);
                }
            }
            case "RADIO" -> {
                if (!required) {
                    return;
                }
                // Focus is on the group's first button: Space ticks it, each arrow moves the tick to the next one.
                int target = domIndex(control, choice(options));
                press(Keys.SPACE);
                for (int i = 0; i < target; i++) {
                    press(Keys.ARROW_DOWN);
                }
            }
            case "CHECKBOXES" -> {
                int wanted = required ? Math.max(1, intOf(rule.get("minItems"))) : 0;
                List<String> chosen = options.subList(options.size() - wanted, options.size());
                if (chosen.contains(control.getDomAttribute("value"))) {
                    press(Keys.SPACE);
                }
            }
            case "SELECT" -> {
                if (!required) {
                    return;
                }
                int target = ((Number) browser.script("var s = arguments[0]; for (var i = 0; i < s.options.length; i++)"
                        + " { if (s.options[i].value === arguments[1]) { return i; } } return -1;", control,
                        options.get(0))).intValue();
                int current = ((Number) browser.script("return arguments[0].selectedIndex;", control)).intValue();
                for (int i = current; i < target; i++) {
                    press(Keys.ARROW_DOWN);
                }
            }
            case "DATE" -> {
                if (required) {
                    LocalDate date = date(rule);
                    // Chromium runs with --lang=en-US: month, day, year; typing moves through the parts.
                    new Actions(browser.driver()).sendKeys(String.format("%02d%02d%04d", date.getMonthValue(),
                            date.getDayOfMonth(), date.getYear())).perform();
                }
            }
            default -> {
                if (required) {
                    new Actions(browser.driver()).sendKeys(text(rule)).perform();
                }
            }
        }
    }

    /** The option a group gets: the last one, which in the yes/no questions is "no" and so skips their follow-ups. */
    private static String choice(List<String> options) {
        return options.get(options.size() - 1);
    }

    private int domIndex(WebElement control, String value) {
        return ((Number) browser.script("var els = arguments[0].form.elements[arguments[0].name];"
                + "for (var i = 0; i < els.length; i++) { if (els[i].value === arguments[1]) { return i; } } return -1;",
                control, value)).intValue();
    }

    private String text(Map<String, Object> rule) {
        String name = (String) rule.get("name");
        String type = (String) rule.get("type");
        int min = intOf(rule.get("minLength"));
        int max = intOf(rule.get("maxLength"));
        if (rule.get("pattern") != null) {
            throw new AssertionError("No sample for the pattern of " + name + ": teach KeyboardFiller one");
        }
        return switch (type) {
            case "EMAIL" -> name.toLowerCase() + "." + uniqueName.substring(9) + "@example.com";
            case "TEL" -> "+32 2 123 45 67";
            case "URL" -> "https://www.example.com";
            case "VAT" -> "BE0123456789";
            case "INTEGER" -> String.valueOf(integer(rule));
            default -> {
                if (name.equals(nameField)) {
                    yield uniqueName;
                }
                String words = type.equals("TEXTAREA")
                        ? "Typed with the keyboard only, to show that the form can be completed without a mouse. "
                        : "Keyboard entry";
                StringBuilder text = new StringBuilder(words);
                while (text.length() < Math.max(min, 3)) {
                    text.append(words);
                }
                yield text.substring(0, Math.min(text.length(), Math.max(max, 1))).strip();
            }
        };
    }

    private static long integer(Map<String, Object> rule) {
        Number min = number(rule.get("min"));
        Number max = number(rule.get("max"));
        long low = min == null ? 0 : min.longValue();
        long high = Boolean.TRUE.equals(rule.get("maxIsCurrentYear")) ? Entries.today().getYear()
                : max == null ? low + 10 : max.longValue();
        return Math.min(low + 1, high);
    }

    /** A day a little after the earliest allowed one (or before the latest when only that is set). */
    private static LocalDate date(Map<String, Object> rule) {
        LocalDate today = Entries.today();
        Object earliest = rule.get("earliest");
        Object latest = rule.get("latest");
        if (earliest != null) {
            return today.plus(java.time.Period.parse((String) earliest)).plusDays(1);
        }
        return latest == null ? today : today.plus(java.time.Period.parse((String) latest)).minusDays(1);
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    /** A count the page leaves out when it is 0. */
    private static int intOf(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The focused element is inside the window and nothing (a header made sticky, say) lies over its middle. */
    private void checkVisible(WebElement focused) {
        String problem = (String) browser.script("var el = arguments[0]; if (el === document.body) { return null; }"
                + "var boxes = el.getClientRects();"
                // A link broken over two lines: its first line box, not the box around both lines.
                + "var r = boxes.length ? boxes[0] : el.getBoundingClientRect();"
                + "if (r.width === 0 && r.height === 0) { return null; }"
                + "if (r.bottom <= 0 || r.top >= window.innerHeight) { return 'outside the window'; }"
                + "var x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);"
                + "var y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), window.innerHeight - 1);"
                + "var hit = document.elementFromPoint(x, y);"
                + "if (!hit || hit === el || el.contains(hit) || (el.labels && Array.prototype.some.call(el.labels,"
                + "  function (l) { return l.contains(hit); }))) { return null; }"
                + "return 'covered by ' + hit.tagName.toLowerCase() + (hit.className ? '.' + hit.className : '');",
                focused);
        if (problem != null) {
            problems.add(focused.getTagName() + "#" + focused.getDomAttribute("id") + " "
                    + focused.getDomAttribute("name") + ": " + problem);
        }
    }
}
