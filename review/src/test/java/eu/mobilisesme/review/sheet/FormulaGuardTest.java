package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x.example\",\"click\") | '=HYPERLINK(\"http://x.example\",\"click\")",
        "+32 2 123 45 67                        | '+32 2 123 45 67",
        "-5                                     | '-5",
        "@SUM(A1:A9)                            | '@SUM(A1:A9)",
        "`\tfoo`                                | `'\tfoo`",
        "`\rfoo`                                | `'\rfoo`",
        "`\nfoo`                                | `'\nfoo`",
        "a;=b                                   | a;=b",
        "\"quoted\"                             | \"quoted\"",
        "Ana García                             | Ana García",
        "0032 2 123 45 67                       | 0032 2 123 45 67",
        "`'already`                             | `'already`",
        "`` | ``",
    })
    void prefixes_text_that_a_spreadsheet_would_run_and_nothing_else(String text, String shown) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"-5", "+3", "1E+5", "-0.25"})
    void leaves_numbers_from_number_attributes_alone(String number) {
        assertThat(FormulaGuard.neutralise(Cell.number(number))).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({"=1+1", "-1+cmd"})
    void treats_a_damaged_number_attribute_as_text(String notANumber) {
        assertThat(FormulaGuard.neutralise(Cell.number(notANumber))).isEqualTo("'" + notANumber);
    }
}
