package eu.mobilisesme.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.Yaml;

/** The site's own strings of a language ({@code site/data/i18n_<lang>.yaml}), for texts the templates print. */
final class UiStrings {

    private static final Map<String, Map<String, Object>> CACHE = new ConcurrentHashMap<>();

    private UiStrings() {
    }

    static String get(String lang, String key) {
        Object value = CACHE.computeIfAbsent(lang, UiStrings::read).get(key);
        if (value == null) {
            throw new IllegalArgumentException("No " + key + " in site/data/i18n_" + lang + ".yaml");
        }
        return value.toString();
    }

    private static Map<String, Object> read(String lang) {
        try (Reader in = Files.newBufferedReader(
                Site.repositoryRoot().resolve("site/data/i18n_" + lang + ".yaml"), StandardCharsets.UTF_8)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
