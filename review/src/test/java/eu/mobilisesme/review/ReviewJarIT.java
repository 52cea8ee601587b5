package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as staff run it: a fresh JVM with a small heap, and nothing but the tool on stderr. */
class ReviewJarIT {

    static final Path JAR = Path.of(System.getProperty("review.jar", "target/review.jar"));

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        // never the erasure ledger of whoever runs the build
        builder.environment().put("REVIEW_LAST_RUNS", Path.of(System.getProperty("java.io.tmpdir"),
                "review-jar-it-last-runs-" + ProcessHandle.current().pid() + ".txt").toString());
        builder.environment().put("REVIEW_ERASURE_LEDGER", Path.of(System.getProperty("java.io.tmpdir"),
                "review-jar-it-ledger-" + ProcessHandle.current().pid() + ".txt").toString());
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_runs_with_help_and_version() throws Exception {
        Run help = java("--help");
        Run version = java("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: review", "sheets", "Exit codes:");
        assertThat(version.out()).startsWith("review 1.0.0-SNAPSHOT");
        Run guide = java("guide");
        assertThat(guide.exitCode()).as(guide.err()).isZero();
        assertThat(guide.out()).startsWith("# Staff review tool").contains("## GDPR requests step by step");
    }

    @Test
    void the_jar_writes_spreadsheets_and_no_library_talks_on_stderr() throws Exception {
        ExportFixture.full(temp.resolve("download"), "01700000000000-aaaa1111", Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.itemV1("sending", "a", "es", Instant.parse("2026-03-02T09:15:30Z")),
                        Items.itemV1("contact", "b", "nl", Instant.parse("2026-03-03T09:15:30Z"))))
                .write();

        Run run = java("sheets", "--export", temp.resolve("download").toString(), "--out",
                temp.resolve("out").toString(), "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // the tool's own progress lines, in Dutch, and nothing else
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 2)).containsExactly(
                "Volledige export 01700000000000-aaaa1111 lezen: 1 gegevensbestand, 2 items",
                "2 inzendingen sorteren...");
        assertThat(lines.get(2)).startsWith("Alles ontvangen tot ");
        assertThat(lines.get(3)).isEqualTo(
                "Bestanden met 2 inzendingen (Uitzendende bedrijven: 1, Ontvangende bedrijven: 0, Contactberichten: 1):");
        assertThat(run.err()).doesNotContainIgnoringCase("slf4j").doesNotContainIgnoringCase("log4j")
                .doesNotContain("StatusLogger");
        assertThat(Sheets.xlsx(temp.resolve("out/submissions.xlsx")).get(0).name()).isEqualTo("Uitzendende bedrijven");
        assertThat(Files.readString(temp.resolve("out/contact.csv"))).contains("\"Referentie\"");

        Run report = java("report", "--export", temp.resolve("download").toString(), "--out",
                temp.resolve("out/summary.html").toString(), "--quiet");
        Run person = java("person", "--export", temp.resolve("download").toString(), "--email", "ana@example.es",
                "--quiet");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(temp.resolve("out/summary.html"))).contains("<td class=\"n\">2</td>");
        assertThat(person.exitCode()).as(person.err()).isZero();
        assertThat(person.out()).contains("\"submissionCount\" : 1");
    }

    @Test
    void a_missing_export_exits_with_3() throws Exception {
        Files.createDirectories(temp.resolve("empty"));

        Run run = java("sheets", "--export", temp.resolve("empty").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
        assertThat(run.err()).startsWith("error: No manifest-summary.json found");
    }
}
