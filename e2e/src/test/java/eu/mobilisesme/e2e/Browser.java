package eu.mobilisesme.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium, with or without JavaScript, and the few things every test does with it. */
final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final boolean javascript;
    private final Runnable cleanup;

    Browser(ChromeDriver driver, boolean javascript, Runnable cleanup) {
        this.driver = driver;
        this.javascript = javascript;
        this.cleanup = cleanup;
    }

    ChromeDriver driver() {
        return driver;
    }

    boolean javascript() {
        return javascript;
    }

    /** Loads a page and returns once it (and its deferred script) has loaded. */
    void open(URI url) {
        driver.get(url.toString());
    }

    URI currentUrl() {
        return URI.create(driver.getCurrentUrl());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    /** Waits for a condition on the page; never a fixed sleep. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(condition);
    }

    <T> T waitUntil(Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(100)).until(condition);
    }

    /**
     * Runs a script through WebDriver (the DevTools protocol): it works under the site's CSP and even when the page's
     * own JavaScript is turned off, so tests can read state such as the focused element in both browsers.
     */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            cleanup.run();
        }
    }
}
