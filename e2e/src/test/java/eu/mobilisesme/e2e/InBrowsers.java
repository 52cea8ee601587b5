package eu.mobilisesme.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the run's preview in the run's two browsers. Both browsers start before its first test,
 * so a machine without Chromium skips (or, under CI=true, fails) the class at once instead of test by test.
 */
@ExtendWith({SiteExtension.class, FailureEvidence.class})
abstract class InBrowsers {

    static Site site;
    static Browsers browsers;

    @BeforeAll
    static void startSiteAndBrowsers(Site startedSite, Browsers startedBrowsers) {
        site = startedSite;
        browsers = startedBrowsers;
        browsers.withJavaScript();
        browsers.withoutJavaScript();
    }
}
