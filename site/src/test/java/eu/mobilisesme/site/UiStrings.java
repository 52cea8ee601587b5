package eu.mobilisesme.site;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The UI strings of one language, as the templates read them from site/data/i18n_<lang>.yaml. */
final class UiStrings {

    private UiStrings() {
    }

    static Path file(String lang) {
        return BakedSite.siteFolder().resolve("data/i18n_" + lang + ".yaml");
    }

    static Map<String, String> of(String lang) {
        try (Reader reader = Files.newBufferedReader(file(lang), StandardCharsets.UTF_8)) {
            Map<String, String> strings = new Yaml().load(reader);
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
