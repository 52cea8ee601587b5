package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} in the language of {@code --lang}: no description, heading or exit code left in English. */
class HelpTextsTest {

    static final List<String> COMMANDS = List.of("", "sheets", "report", "person", "erase", "verify", "guide",
            "status", "matches");
    /** Three lowercase words in a row: prose, not an option name or a synopsis. */
    static final Pattern PROSE = Pattern.compile("\\p{Ll}{3,} \\p{Ll}{3,} \\p{Ll}{3,}");

    static List<String> help(String command, String lang) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        args.add("--help");
        if (!command.isEmpty()) {
            args.add("--lang=" + lang);
        } else {
            args.add("--lang");
            args.add(lang);
        }
        Cli.Result result = new Cli().run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(command + " " + result.err()).isZero();
        return result.out().lines().map(String::strip).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "nl", "de"})
    void every_help_is_in_the_chosen_language(String lang) {
        for (String command : COMMANDS) {
            Set<String> english = new LinkedHashSet<>(help(command, "en"));
            List<String> translated = help(command, lang);
            assertThat(translated).as(command + " --help in " + lang).hasSizeGreaterThan(3)
                    .doesNotContain("Usage: review" + (command.isEmpty() ? "" : " " + command));
            List<String> leftovers = translated.stream()
                    .filter(line -> english.contains(line) && PROSE.matcher(line).find()).toList();
            assertThat(leftovers).as(command + " --help in " + lang).isEmpty();
        }
    }
}
