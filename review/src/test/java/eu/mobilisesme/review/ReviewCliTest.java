package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewCliTest {

    @TempDir
    Path temp;

    @Test
    void help_lists_the_commands_and_exit_codes() {
        Cli.Result result = new Cli().run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("sheets", "report", "person", "erase", "verify", "Exit codes:",
                "3   the export is incomplete or damaged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sheets", "report", "person", "erase", "verify"})
    void every_command_has_help_with_an_example(String command) {
        Cli.Result result = new Cli().run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: review " + command, "Example: review " + command);
    }

    @Test
    void no_command_is_a_usage_error() {
        Cli.Result result = new Cli().run();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Choose a command");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sheets --bogus",
        "sheets --export . --from 2026-13-01",
        "sheets --export . --table t",
        "sheets",
        "sheets --export . --form newsletter",
        "sheets --export . --lang it",
        "sheets --export . --delimiter x",
        "sheets --export . --from 2026-03-02 --to 2026-03-01",
        "sheets --export . --eligibility maybe",
        "sheets --table t",
        "person --export .",
    })
    void a_wrong_command_line_exits_with_2(String line) {
        Cli.Result result = new Cli().run(line.split(" "));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isNotBlank();
    }

    @Test
    void verify_passes_an_intact_export_and_lists_every_damaged_file() {
        ExportFixture good = ExportFixture.full(temp.resolve("good"), "01700000000000-aaaa1111",
                Instant.parse("2026-11-20T10:00:00Z")).items(List.of(Items.item("contact", "a", "en",
                Instant.parse("2026-03-01T10:00:00Z")))).emptyFile();
        good.write();
        assertThat(new Cli().run("verify", "--export", temp.resolve("good").toString()).err())
                .contains("OK full export 01700000000000-aaaa1111").contains("2 data files, 1 items");

        ExportFixture bad = ExportFixture.full(temp.resolve("bad"), "01700000000000-aaaa1111",
                        Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.item("contact", "a", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .items(List.of(Items.item("contact", "b", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .badChecksum(0).wrongCount(1);
        bad.write();
        Cli.Result result = new Cli().run("verify", "--export", temp.resolve("bad").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
        assertThat(result.err()).contains("Checksum mismatch: " + bad.dataFile(0))
                .contains("Item count mismatch: " + bad.dataFile(1)).contains("2 files with problems");
    }

    @Test
    void verify_lists_missing_files_next_to_damaged_ones() {
        ExportFixture bad = ExportFixture.full(temp.resolve("bad"), "01700000000000-aaaa1111",
                        Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.item("contact", "a", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .emptyFile().emptyFile().badChecksum(0).missing(1).missing(2);
        bad.write();

        Cli.Result result = new Cli().run("verify", "--export", temp.resolve("bad").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
        assertThat(result.err()).contains("Checksum mismatch: " + bad.dataFile(0))
                .contains("Data file missing: ").contains(ExportFixture.fileName(
                        "01700000000000-aaaa1111", 1)).contains(ExportFixture.fileName("01700000000000-aaaa1111", 2))
                .contains("1 file with problems, 2 files missing");
    }

    @Test
    void a_missing_data_file_exits_with_3_naming_it() {
        ExportFixture export = ExportFixture.full(temp, "01700000000000-aaaa1111",
                Instant.parse("2026-11-20T10:00:00Z")).emptyFile().emptyFile().missing(1);
        export.write();

        Cli.Result result = new Cli().run("sheets", "--export", temp.toString(), "--out", temp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
        assertThat(result.err()).contains("error: Data file missing").contains(ExportFixture.fileName(
                "01700000000000-aaaa1111", 1));
    }
}
