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

    /** French typography: a no-break space before : and inside « », a narrow one before ; ? !, curly apostrophes. */
    static void assertFrenchTypography(String where, String text) {
        assertThat(text).as(where).doesNotContain("'").doesNotContain("« ").doesNotContain(" »")
                .doesNotContainPattern("[ \\t][:;?!]").doesNotContainPattern("[^\\u00a0\\u202f\\s][;?!](\\s|$)")
                .doesNotContainPattern("[^\\u00a0\\u202f\\s\\d]:(\\s|$)");
    }

    @Test
    void french_ui_strings_follow_french_typography() {
        UiStrings.of("fr").forEach((key, value) -> {
            if (!key.equals("date_format")) {
                assertFrenchTypography("i18n_fr.yaml " + key, value);
            }
        });
    }

    @Test
    void no_ui_string_of_another_language_is_left_in_english() {
        Map<String, String> english = UiStrings.of(Languages.DEFAULT);
        for (String lang : Languages.SUPPORTED) {
            if (lang.equals(Languages.DEFAULT)) {
                continue;
            }
            UiStrings.of(lang).forEach((key, value) -> {
                if (!key.equals("date_format") && value.length() > 3) {
                    assertThat(value).as("%s %s", lang, key).isNotEqualTo(english.get(key));
                }
            });
        }
        assertThat(UiStrings.of("nl").get("nav_home")).isEqualTo("Startpagina");
    }

    @Test
    void the_character_countdown_has_a_singular_and_a_plural_wording_with_the_number_in_every_language() {
        for (String lang : Languages.SUPPORTED) {
            assertThat(UiStrings.of(lang).get("form_characters_left_one")).as(lang).contains("{n}");
            assertThat(UiStrings.of(lang).get("form_characters_left_other")).as(lang).contains("{n}");
        }
        assertThat(UiStrings.of("en").get("form_characters_left_other")).isEqualTo("{n} characters left");
    }

    private static Map<String, String> eligibilityMessages(String lang) throws IOException {
        Path bundle = BakedSite.siteFolder().toAbsolutePath().normalize().getParent()
                .resolve("lambda/src/main/resources/eu/mobilisesme/forms/messages_" + lang + ".properties");
        java.util.Properties messages = new java.util.Properties();
        try (var reader = Files.newBufferedReader(bundle, java.nio.charset.StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        Map<String, String> eligibility = new java.util.TreeMap<>();
        messages.stringPropertyNames().stream().filter(k -> k.startsWith("eligibility."))
                .forEach(k -> eligibility.put(k, messages.getProperty(k)));
        assertThat(eligibility).as(lang).hasSizeGreaterThan(10);
        return eligibility;
    }

    /** The forms collect expressions of interest; "application" (and its translations) would promise more. */
    @Test
    void eligibility_messages_speak_of_expressions_of_interest_never_of_applications() throws IOException {
        Map<String, Pattern> application = Map.of("en", Pattern.compile("(?i)applica"), "es", Pattern.compile("(?i)solicitud"),
                "fr", Pattern.compile("(?i)candidature|demande"), "nl", Pattern.compile("(?i)aanvra|sollicit"),
                "de", Pattern.compile("(?i)antr[aä]g|bewerbung"));
        for (String lang : Languages.SUPPORTED) {
            eligibilityMessages(lang).forEach((key, value) ->
                    assertThat(value).as("%s %s", lang, key).doesNotContainPattern(application.get(lang)));
        }
        assertThat(eligibilityMessages("en").get("eligibility.PARTICIPANT_LIMIT")).contains("expressions of interest");
        assertThat(eligibilityMessages("en").get("eligibility.SPLIT_PERIODS")).contains("awaiting the Chamber's confirmation");
        // Every submission expires after the retention period: no message may promise to keep one until a call opens.
        assertThat(eligibilityMessages("en").get("eligibility.NO_OPEN_CALL")).doesNotContain("keep");
    }

    @Test
    void french_eligibility_messages_follow_french_typography() throws IOException {
        eligibilityMessages("fr").forEach((key, value) -> assertFrenchTypography("messages_fr " + key, value));
    }
}
