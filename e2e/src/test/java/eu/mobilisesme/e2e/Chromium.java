package eu.mobilisesme.e2e;

import eu.mobilisesme.testing.RequiredTool;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromium-driver, started headless with a fresh profile. The paths are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or a driver; {@code CHROMIUM_BINARY} and
 * {@code CHROMEDRIVER} override them.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    /**
     * Without these Chromium waits on connections this offline machine cannot make. {@code --lang=en-US} fixes
     * the order in which a date is typed into a date field (month, day, year), whatever the page's language.
     */
    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--lang=en-US", "--window-size=1280,1000");

    /** Selenium logs a warning per driver that it has no DevTools bindings for this Chromium; none are used. */
    private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

    private Chromium() {
    }

    /** Throws {@link RequiredTool#missing} (a loud skip, or a failure under CI=true) unless both are installed. */
    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            throw RequiredTool.missing("Chromium", BINARY + " not found (Debian: apt-get install chromium; "
                    + "or set CHROMIUM_BINARY)");
        }
        if (!Files.isExecutable(DRIVER)) {
            throw RequiredTool.missing("chromedriver", DRIVER + " not found (Debian: apt-get install "
                    + "chromium-driver; or set CHROMEDRIVER)");
        }
    }

    /** A browser that runs the pages' script, or one that does not (as a person who turned JavaScript off). */
    static Browser start(boolean javascript) {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("mobilisesme-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, javascript, () -> Site.deleteRecursively(profile));
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
