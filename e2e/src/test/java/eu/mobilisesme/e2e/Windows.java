package eu.mobilisesme.e2e;

import java.util.List;
import org.openqa.selenium.Dimension;

/** Browser windows sized by their viewport, as a phone or a laptop shows a page. */
final class Windows {

    private Windows() {
    }

    /** The window sized so that its viewport (innerWidth by innerHeight) is width by height. */
    static Browser sized(Browser browser, int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) browser.script("return [window.outerWidth - window.innerWidth,"
                + " window.outerHeight - window.innerHeight];");
        // Right after a resize the two can disagree for a moment; a window frame is never negative.
        browser.driver().manage().window().setSize(new Dimension(width + Math.max(0, frame.get(0).intValue()),
                height + Math.max(0, frame.get(1).intValue())));
        return browser;
    }
}
