package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewBundleTest {

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    static Set<String> keys(String lang) {
        return new TreeSet<>(Labels.bundle(lang).keySet());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_language_has_exactly_the_english_keys(String lang) {
        assertThat(keys(lang)).isEqualTo(keys("en"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void no_text_is_empty_and_placeholders_are_kept(String lang) {
        ResourceBundle bundle = Labels.bundle(lang);
        for (String key : bundle.keySet()) {
            assertThat(bundle.getString(key)).as(lang + " " + key).isNotBlank();
        }
        assertThat(bundle.getString("header.qualified")).contains("{section}", "{field}");
    }

    /** The keys formatted as MessageFormat patterns: messages on the screen, errors and counts. */
    static final List<String> MESSAGE_PREFIXES = List.of("error.", "count.", "console.", "labels.", "source.",
            "export.", "submissions.", "ledger.", "sheets.", "xlsx.", "report.written", "person.", "verify.",
            "erase.");

    @ParameterizedTest
    @MethodSource("languages")
    void every_message_is_a_valid_pattern_with_the_english_placeholders(String lang) {
        ResourceBundle english = Labels.bundle("en");
        ResourceBundle bundle = Labels.bundle(lang);
        for (String key : bundle.keySet()) {
            if (MESSAGE_PREFIXES.stream().noneMatch(key::startsWith)) {
                continue;
            }
            java.text.MessageFormat format = new java.text.MessageFormat(bundle.getString(key),
                    java.util.Locale.forLanguageTag(lang));
            assertThat(placeholders(bundle.getString(key))).as(lang + " " + key)
                    .isEqualTo(placeholders(english.getString(key)));
            // every argument formats, and no apostrophe swallowed a placeholder
            Object[] arguments = {2L, 3L, 4L, 5L, 6L};
            assertThat(format.format(arguments)).as(lang + " " + key).doesNotContain("{");
        }
    }

    static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void every_code_the_backend_stores_has_words() {
        List<String> needed = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            needed.add("outcome." + outcome.code());
        }
        for (Reason reason : Reason.values()) {
            needed.add("reason." + reason.name());
        }
        for (Submission.Channel channel : Submission.Channel.values()) {
            needed.add("channel." + channel.code());
        }
        for (FormDefinition form : Forms.all()) {
            needed.add("form." + form.id());
        }
        needed.add("form." + FormColumns.OTHER);

        assertThat(keys("en")).containsAll(needed);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sheet_names_fit_excel(String lang) {
        ResourceBundle bundle = Labels.bundle(lang);
        bundle.keySet().stream().filter(k -> k.startsWith("form.")).forEach(key ->
                assertThat(bundle.getString(key)).as(lang + " " + key).hasSizeLessThanOrEqualTo(31)
                        .doesNotContain("[", "]", ":", "*", "?", "/", "\\"));
    }
}
