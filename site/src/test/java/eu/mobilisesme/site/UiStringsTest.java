package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The site's own UI strings (site/data/i18n_<lang>.yaml): one file per language, all with English's keys. */
class UiStringsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\\s*['\"]([a-z0-9_]+)['\"]\\s*[,)]");

    @Test
    void every_language_has_a_strings_file_with_exactly_the_english_keys() {
        Set<String> english = UiStrings.of(Languages.DEFAULT).keySet();
        for (String lang : Languages.SUPPORTED) {
            Map<String, String> strings = UiStrings.of(lang);
            assertThat(strings.keySet()).as("keys of %s", UiStrings.file(lang)).containsExactlyInAnyOrderElementsOf(english);
            assertThat(strings).as("values of %s", UiStrings.file(lang)).allSatisfy((key, value) ->
                    assertThat(value).as(key).isNotBlank());
        }
    }

    @Test
    void the_data_folder_holds_a_strings_file_for_the_site_languages_only() throws IOException {
        try (Stream<Path> files = Files.list(BakedSite.siteFolder().resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("i18n_")))
                    .containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED.stream().map(l -> "i18n_" + l + ".yaml").toList());
        }
    }

    @Test
    void every_key_the_templates_use_exists_in_english() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(BakedSite.siteFolder().resolve("../templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String status : Baker.PROGRAMME_STATUSES) {
            used.add("status_" + status);
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(UiStrings.of(Languages.DEFAULT).keySet()).containsAll(used);
    }

    @Test
    void the_english_keys_are_in_alphabetical_order() {
        var keys = UiStrings.of(Languages.DEFAULT).keySet().stream().toList();
        assertThat(keys).isSorted();
    }
}
