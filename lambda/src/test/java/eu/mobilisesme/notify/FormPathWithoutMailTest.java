package eu.mobilisesme.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The form functions' jar leaves out SES and the mail library (lambda/pom.xml), so their path must never touch
 * them: both form handlers are built and primed (validation, answers, a put stopped before sending) on a class
 * path without those jars, where any use of them would fail.
 */
class FormPathWithoutMailTest {

    private static final List<String> LEFT_OUT = List.of("sesv2", "angus", "jakarta.mail", "jakarta.activation");

    @Test
    void both_form_handlers_start_and_prime_without_ses_or_the_mail_library() throws Exception {
        List<URL> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (LEFT_OUT.stream().noneMatch(name::contains)) {
                path.add(url(entry));
            }
        }
        assertThat(path).hasSizeLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(loadable(loader, "software.amazon.awssdk.services.sesv2.SesV2Client")).isFalse();
            assertThat(loadable(loader, "jakarta.mail.Session")).isFalse();
            Class<?> configType = loader.loadClass("eu.mobilisesme.config.Config");
            Object config = configType.getMethod("from", Map.class).invoke(null, Map.of(
                    "TABLE_NAME", "t", "ALLOWED_ORIGINS", "https://site.example", "RETENTION_DAYS", "30",
                    "DYNAMODB_ENDPOINT", "http://127.0.0.1:9"));
            Class<?> dependenciesType = loader.loadClass("eu.mobilisesme.config.Dependencies");
            Object dependencies = dependenciesType.getMethod("of", configType).invoke(null, config);
            for (String handler : List.of("eu.mobilisesme.http.ApplyHandler", "eu.mobilisesme.http.ContactHandler")) {
                Object instance = loader.loadClass(handler).getConstructor(dependenciesType).newInstance(dependencies);
                Class<?> crac = loader.loadClass("org.crac.Context");
                instance.getClass().getMethod("beforeCheckpoint", crac).invoke(instance, (Object) null);
            }
        }
    }

    private static boolean loadable(ClassLoader loader, String name) {
        try {
            loader.loadClass(name);
            return true;
        } catch (ClassNotFoundException expected) {
            return false;
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
