package eu.mobilisesme.review.runs;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --new}: only what arrived since the last run on this computer, and every output names its period. */
class NewSubmissionsTest {

    static final Instant FIRST_EXPORT = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant SECOND_EXPORT = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path temp;

    Path export(String name, Instant at, List<String> seeds) {
        Path root = temp.resolve(name);
        ExportFixture.full(root, (at.equals(FIRST_EXPORT) ? "01700000000000" : "01700000000001") + "-aaaa1111", at)
                .items(seeds.stream().map(seed -> Items.item("sending", seed, "en", received(seed))).toList())
                .write();
        return root;
    }

    static Instant received(String seed) {
        return switch (seed) {
            case "old-1" -> Instant.parse("2026-11-01T09:00:00Z");
            case "old-2" -> Instant.parse("2026-11-20T09:59:59Z");
            case "new-1" -> Instant.parse("2026-11-20T10:00:01Z");
            default -> Instant.parse("2026-11-26T12:00:00Z");
        };
    }

    static List<String> ids(Path csv) {
        List<List<String>> rows = Sheets.csv(csv, ',');
        int column = rows.get(0).indexOf("Submission id");
        return rows.stream().skip(1).map(r -> r.get(column)).sorted().toList();
    }

    static List<String> ids(String... seeds) {
        return java.util.Arrays.stream(seeds).map(s -> Items.id(s).toString()).sorted().toList();
    }

    @Test
    void the_first_run_shows_everything_and_the_next_only_what_came_after_the_data_it_showed() throws Exception {
        Path state = temp.resolve("state/last-runs.txt");
        Cli cli = new Cli().lastRuns(state);
        Path first = export("first", FIRST_EXPORT, List.of("old-1", "old-2"));
        Path out1 = temp.resolve("out1");

        Cli.Result one = cli.run("sheets", "--export", first.toString(), "--out", out1.toString(), "--new");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(ids(out1.resolve("sending.csv"))).isEqualTo(ids("old-1", "old-2"));
        assertThat(one.err()).contains("no earlier run on this computer");
        assertThat(Files.readString(state, StandardCharsets.UTF_8)).contains("sheets exports\t" + FIRST_EXPORT)
                .doesNotContain("@", "MSME");

        Path second = export("second", SECOND_EXPORT, List.of("old-1", "old-2", "new-1", "new-2"));
        Path out2 = temp.resolve("out2");
        Cli.Result two = cli.run("sheets", "--export", second.toString(), "--out", out2.toString(), "--new",
                "--lang", "fr", "--delimiter", ",");

        assertThat(two.exitCode()).as(two.err()).isZero();
        List<List<String>> rows = Sheets.csv(out2.resolve("sending.csv"), ',');
        int column = rows.get(0).indexOf(eu.mobilisesme.review.sheet.Labels.of("fr", w -> { }).text("column.id"));
        assertThat(rows.stream().skip(1).map(r -> r.get(column)).sorted().toList()).isEqualTo(ids("new-1", "new-2"));
        assertThat(two.err()).contains("Reçu après le 2026-11-20 11:00");
        List<Sheets.Named> book = Sheets.xlsx(out2.resolve("submissions.xlsx"));
        Sheets.Named period = book.get(book.size() - 1);
        assertThat(period.name()).isEqualTo("Période");
        assertThat(period.rows().get(1).get(0))
                .isEqualTo("Reçu après le 2026-11-20 11:00 (la dernière exécution sur cet ordinateur) et jusqu'au "
                        + "2026-11-27 11:00 (heure de Bruxelles)");

        Cli.Result again = cli.run("sheets", "--export", second.toString(), "--out", out2.toString(), "--new");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(ids(out2.resolve("sending.csv"))).as("nothing arrived since").isEmpty();
    }

    @Test
    void a_run_narrowed_by_a_filter_does_not_move_the_mark_and_report_says_its_period() throws Exception {
        Path state = temp.resolve("last-runs.txt");
        Cli cli = new Cli().lastRuns(state);
        Path first = export("first", FIRST_EXPORT, List.of("old-1", "old-2"));
        Path second = export("second", SECOND_EXPORT, List.of("old-1", "old-2", "new-1", "new-2"));

        assertThat(cli.run("report", "--export", first.toString(), "--out", temp.resolve("a.html").toString())
                .exitCode()).isZero();
        assertThat(cli.run("report", "--export", second.toString(), "--form", "hosting", "--out",
                temp.resolve("b.html").toString()).exitCode()).isZero();
        Cli.Result result = cli.run("report", "--export", second.toString(), "--new", "--lang", "de", "--out",
                temp.resolve("c.html").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String html = Files.readString(temp.resolve("c.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<dt>Erfasster Zeitraum</dt><dd>Eingegangen nach 2026-11-20 11:00 (dem letzten "
                + "Lauf auf diesem Computer) bis 2026-11-27 11:00 (Brüsseler Zeit)</dd>");
        assertThat(html).as("the two new ones only").contains("<dt>Einsendungen</dt><dd>2</dd>");
        assertThat(Files.readString(temp.resolve("a.html"), StandardCharsets.UTF_8))
                .contains("Everything received up to 2026-11-20 11:00 (Brussels time)</dd>");
    }
}
