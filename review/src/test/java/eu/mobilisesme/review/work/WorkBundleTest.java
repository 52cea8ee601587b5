package eu.mobilisesme.review.work;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The case-work texts exist in every site language, with the same placeholders, and format cleanly. */
class WorkBundleTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    static Set<String> keys(String lang) {
        return new TreeSet<>(WorkTexts.bundle(lang).keySet());
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_language_has_exactly_the_english_keys_and_placeholders(String lang) {
        assertThat(keys(lang)).isEqualTo(keys("en"));
        ResourceBundle en = WorkTexts.bundle("en");
        ResourceBundle bundle = WorkTexts.bundle(lang);
        for (String key : keys("en")) {
            assertThat(bundle.getString(key)).as(lang + " " + key).isNotBlank();
            assertThat(placeholders(bundle.getString(key))).as(lang + " " + key)
                    .isEqualTo(placeholders(en.getString(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_text_formats_without_a_stray_brace_or_a_lost_apostrophe(String lang) {
        ResourceBundle bundle = WorkTexts.bundle(lang);
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            assertThat(pattern.replace("''", "")).as(lang + " " + key + ": write an apostrophe twice")
                    .doesNotContain("'");
            Object[] args = {2, 3, 1, "d", "e", 46L, 92L};
            String text = new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
            assertThat(text).as(lang + " " + key).doesNotContain("{", "}");
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void plurals_follow_the_count(String lang) {
        WorkTexts texts = WorkTexts.of(lang);
        assertThat(texts.format("why.capacity.yes", 1, 1)).isNotEqualTo(texts.format("why.capacity.yes", 2, 1)
                .replace("2", "1"));
        assertThat(texts.format("match.wrote", 1, 1)).isNotEqualTo(texts.format("match.wrote", 2, 2)
                .replace("2", "1"));
        assertThat(texts.format("match.leftOut", 1, 1)).isNotEqualTo(texts.format("match.leftOut", 2, 2)
                .replace("2", "1"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sheet_names_fit_excel(String lang) {
        WorkTexts texts = WorkTexts.of(lang);
        for (String key : List.of("period.sheet", "match.sheet.sending", "match.sheet.hosting")) {
            assertThat(texts.format(key)).as(lang + " " + key).hasSizeLessThanOrEqualTo(31)
                    .doesNotContain("[", "]", ":", "*", "?", "/", "\\");
        }
    }

    @Test
    void every_status_and_every_reason_the_scorer_gives_has_words() {
        List<String> needed = new ArrayList<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            needed.add("status." + status.code());
        }
        needed.addAll(List.of("why.named", "why.country.yes", "why.country.no", "why.from.yes", "why.from.any",
                "why.from.no", "why.sector.division", "why.sector.section", "why.sector.no", "why.languages.yes",
                "why.languages.no", "why.dates.inside", "why.dates.partial", "why.dates.no", "why.capacity.yes",
                "why.capacity.no", "why.eligibility", "why.status", "why.country.notAsked", "why.sector.notAsked",
                "why.languages.notAsked", "why.dates.from.inside", "why.dates.from.partial", "why.dates.from.no",
                "why.capacity.notAsked"));
        assertThat(keys("en")).containsAll(needed);
        assertThat(keys("en").stream().filter(k -> k.startsWith("why."))).containsExactlyInAnyOrderElementsOf(
                needed.stream().filter(k -> k.startsWith("why.")).toList());
    }
}
