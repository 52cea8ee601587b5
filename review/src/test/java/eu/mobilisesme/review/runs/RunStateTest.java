package eu.mobilisesme.review.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of the last runs: created on first use, never moving back, and a damaged one stops the tool. */
class RunStateTest {

    @TempDir
    Path temp;

    @Test
    void a_missing_file_is_a_first_run_and_marks_survive_a_reload_but_never_move_back() {
        Path file = temp.resolve("deep/folder/last-runs.txt");
        RunState state = RunState.load(file);
        assertThat(state.last("sheets exports")).isEmpty();

        state.record("sheets exports", Instant.parse("2026-11-20T10:00:00Z"));
        state.record("sheets exports", Instant.parse("2026-11-01T10:00:00Z"));
        state.record("report table:t", Instant.parse("2026-11-02T10:00:00Z"));

        RunState again = RunState.load(file);
        assertThat(again.last("sheets exports")).contains(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(again.last("report table:t")).contains(Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void a_damaged_file_is_exit_code_4_with_what_to_do() throws Exception {
        Path file = temp.resolve("last-runs.txt");
        Files.writeString(file, "sheets exports\tyesterday\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RunState.load(file)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("delete it").extracting(e -> ((ReviewException) e).exitCode())
                .isEqualTo(ExitCode.IO);
    }

    @Test
    void the_option_chooses_the_file_over_the_variable() {
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.item("contact", "c", "en", Instant.parse("2026-11-19T10:00:00Z")))).write();
        Path variable = temp.resolve("variable.txt");
        Path option = temp.resolve("option.txt");

        Cli.Result result = new Cli().lastRuns(variable).run("report", "--export", download.toString(), "--new",
                "--last-runs", option.toString(), "--out", temp.resolve("r.html").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(option).exists();
        assertThat(variable).doesNotExist();
    }
}
