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
