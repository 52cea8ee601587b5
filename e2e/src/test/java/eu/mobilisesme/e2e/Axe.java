package eu.mobilisesme.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (4.11, from the axe-core Selenium jar) on the page a browser shows, limited to WCAG 2.0, 2.1 and 2.2 A and AA
 * (2.2 adds target size, 2.5.8).
 * The jar injects axe through WebDriver, which the site's CSP (script-src 'self') does not block.
 */
final class Axe {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * With the page's JavaScript turned off, Chromium still runs WebDriver's scripts but never fires their timers,
     * and axe waits on setTimeout (it times out after 30 s). On such a page, for the test only, timers become
     * microtasks, which do run; axe then finds the same passes and violations as with JavaScript on.
     */
    private static final String TIMERS_AS_MICROTASKS = "if (!window.__axeTimers) { window.__axeTimers = true;"
            + " window.setTimeout = function (fn) { var args = Array.prototype.slice.call(arguments, 2);"
            + " Promise.resolve().then(function () { fn.apply(null, args); }); return 0; };"
            + " window.clearTimeout = function () {}; }";

    private Axe() {
    }

    /** The violations on the current page, one readable paragraph each; empty when the page passes. */
    static List<String> violations(Browser browser) {
        if (!browser.javascript()) {
            browser.script(TIMERS_AS_MICROTASKS);
        }
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe could not run on " + browser.currentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Axe::describe).toList();
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().limit(5).map(Axe::describe).collect(Collectors.joining("\n"));
        String more = rule.getNodes().size() > 5 ? "\n    … and " + (rule.getNodes().size() - 5) + " more" : "";
        return rule.getId() + " (" + rule.getImpact() + ", " + String.join(" ", rule.getTags()) + "): "
                + rule.getHelp() + "\n" + nodes + more;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "    " + node.getTarget() + " " + abbreviate(node.getHtml()) + "\n      " + summary;
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
