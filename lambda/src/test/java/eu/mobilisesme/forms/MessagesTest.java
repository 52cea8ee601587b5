package eu.mobilisesme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No text exists in one language only: every key the code can ask for is in every bundle. */
class MessagesTest {

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    /** Every key the forms, errors and eligibility rules need. */
    static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>();
        for (FormDefinition form : Forms.all()) {
            keys.add("form." + form.id() + ".title");
            keys.add("form." + form.id() + ".submit");
            form.sections().keySet().forEach(section -> keys.add("section." + section));
            for (Field field : form.fields()) {
                keys.add("field." + field.name() + ".label");
                if (field.hasHint()) {
                    keys.add("field." + field.name() + ".hint");
                }
                if (field.options() != null && field.options().labelSource() == OptionSet.LabelSource.BUNDLE) {
                    field.optionValues().forEach(v -> keys.add("option." + field.options().name() + "." + v));
                }
            }
        }
        FormDefinition check = Forms.check();
        keys.addAll(List.of("form.check.title", "form.check.intro", "form.check.submit", "check.result.title",
                "check.result.reasons", "check.result.send", "check.result.host", "check.result.again",
                "check.result.stored", "ui.privacyLink"));
        for (Field field : check.fields()) {
            keys.add("check." + field.name() + ".label");
            if (field.hasHint()) {
                keys.add("check." + field.name() + ".hint");
            }
            if (field.conditional()) {
                keys.add("check." + field.name() + ".when");
            }
            if (field.options() != null && field.options().labelSource() == OptionSet.LabelSource.BUNDLE) {
                field.optionValues().forEach(v -> keys.add("option." + field.options().name() + "." + v));
            }
        }
        for (Outcome outcome : Outcome.values()) {
            keys.add("check.outcome." + outcome.code());
        }
        for (ErrorCode code : ErrorCode.values()) {
            keys.add("error." + code.name());
        }
        for (Reason reason : Reason.values()) {
            keys.add("eligibility." + reason.name());
        }
        for (Outcome outcome : Outcome.values()) {
            keys.add("outcome." + outcome.code());
        }
        return keys;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_key_the_code_needs_exists(String lang) {
        assertThat(Messages.of(lang).keys()).containsAll(requiredKeys());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_language_has_exactly_the_english_keys(String lang) {
        assertThat(new TreeSet<>(Messages.of(lang).keys())).isEqualTo(new TreeSet<>(Messages.of("en").keys()));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void placeholders_match_the_english_ones_and_no_text_is_empty(String lang) {
        Messages english = Messages.of("en");
        Messages messages = Messages.of(lang);
        List<String> problems = new ArrayList<>();
        for (String key : english.keys()) {
            if (messages.get(key).isBlank()) {
                problems.add(key + " is empty");
            } else if (!placeholders(messages.get(key)).equals(placeholders(english.get(key)))) {
                problems.add(key + " has placeholders " + placeholders(messages.get(key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_option_has_a_label(String lang) {
        Messages messages = Messages.of(lang);
        for (FormDefinition form : Forms.all()) {
            for (Field field : form.fields()) {
                for (String value : field.optionValues()) {
                    assertThat(field.options().label(value, messages)).as(field.name() + "=" + value)
                            .isNotBlank().isNotEqualTo(value.length() == 2 ? value.toUpperCase() : "");
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{[a-z]+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
