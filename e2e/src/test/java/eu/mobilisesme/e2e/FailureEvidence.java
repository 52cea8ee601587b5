package eu.mobilisesme.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;

/**
 * When a browser test fails, keeps what each open browser showed (address, HTML, screenshot) in
 * {@code e2e/target/failures/}, which CI can keep as an artifact.
 */
public final class FailureEvidence implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browsers browsers = SiteExtension.startedBrowsers(context).orElse(null);
        if (browsers == null) {
            return;
        }
        String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())
                .replaceAll("[^A-Za-z0-9_.-]+", "_");
        Path folder = Path.of("target", "failures");
        for (Map.Entry<Browsers.Scripting, Browser> open : browsers.open().entrySet()) {
            Browser browser = open.getValue();
            String base = name + "-javascript-" + open.getKey().name().toLowerCase();
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(base + ".html"), "<!-- " + browser.currentUrl() + " -->\n"
                        + browser.driver().getPageSource(), StandardCharsets.UTF_8);
                Files.write(folder.resolve(base + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not keep the failure evidence of " + base + ": " + e);
            }
        }
    }
}
