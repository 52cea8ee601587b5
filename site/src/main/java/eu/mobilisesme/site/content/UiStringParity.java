package eu.mobilisesme.site.content;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/**
 * The site's UI strings ({@code data/i18n_<lang>.yaml}): every language has every key of the reference language, no
 * other key, no empty value, and the same numbers in each string.
 */
public final class UiStringParity {

    private UiStringParity() {
    }

    public static List<ContentParity.Divergence> check(Path dataFolder, List<String> languages, String reference) {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String lang : languages) {
            bundles.put(lang, read(dataFolder.resolve("i18n_" + lang + ".yaml")));
        }
        return check(bundles, reference);
    }

    static List<ContentParity.Divergence> check(Map<String, Map<String, String>> bundles, String reference) {
        List<ContentParity.Divergence> found = new ArrayList<>();
        Map<String, String> english = bundles.get(reference);
        bundles.forEach((lang, strings) -> {
            String file = "site/data/i18n_" + lang + ".yaml";
            if (strings == null) {
                found.add(new ContentParity.Divergence(file, "UI strings", "the file is missing"));
                return;
            }
            english.forEach((key, value) -> {
                String text = strings.get(key);
                if (text == null || text.isBlank()) {
                    found.add(new ContentParity.Divergence(file, "UI strings", "no value for '" + key + "'"));
                } else if (!lang.equals(reference)) {
                    List<String> expected = Facts.of("", value, "", a -> null).numbers();
                    List<String> actual = Facts.of("", text, "", a -> null).numbers();
                    if (!expected.equals(actual)) {
                        found.add(new ContentParity.Divergence(file, "UI strings", "'" + key + "' has numbers "
                                + actual + ", " + reference + " has " + expected));
                    }
                }
            });
            strings.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> found.add(
                    new ContentParity.Divergence(file, "UI strings", "'" + k + "' is not in " + reference)));
        });
        return found;
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> loaded = new Yaml().load(reader);
            Map<String, String> strings = new TreeMap<>();
            if (loaded != null) {
                loaded.forEach((k, v) -> strings.put(k, v == null ? "" : String.valueOf(v)));
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
