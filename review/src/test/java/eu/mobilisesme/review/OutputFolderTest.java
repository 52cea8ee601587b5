package eu.mobilisesme.review;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The folder {@code sheets} writes into holds only the files of its last run: its own earlier files go, files it
 * did not write (or that staff changed) are never overwritten or removed.
 */
class OutputFolderTest {

    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;
    Path withSurvey;
    Path plain;
    Path out;

    @BeforeEach
    void exports() {
        withSurvey = temp.resolve("with-survey");
        ExportFixture.full(withSurvey, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(Items.item("hosting", "h1", "nl", Instant.parse("2026-03-02T10:00:00Z")),
                        Items.with(Items.item("contact", "c2", "fr", Instant.parse("2026-03-05T09:15:30Z")),
                                "form", AttributeValue.fromS("survey"))))
                .write();
        plain = temp.resolve("plain");
        ExportFixture.full(plain, "01700000000000-bbbb2222", EXPORTED)
                .items(List.of(Items.item("hosting", "h1", "nl", Instant.parse("2026-03-02T10:00:00Z"))))
                .write();
        out = temp.resolve("out");
    }

    Cli.Result sheets(Path export, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("sheets", "--export", export.toString(), "--out",
                out.toString()));
        args.addAll(List.of(options));
        return new Cli().run(args.toArray(String[]::new));
    }

    List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_run_removes_its_own_earlier_files_and_leaves_every_other_file_alone() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "my notes");
        assertThat(sheets(withSurvey).exitCode()).isZero();
        assertThat(files()).contains("other.csv", "submissions.xlsx", "hosting.csv");

        Cli.Result second = sheets(plain, "--format", "csv");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(files()).containsExactly(".review-files.txt", "contact.csv", "hosting.csv", "notes.txt",
                "sending.csv");
        assertThat(second.err()).contains("Removed the files of an earlier run that this one did not write again: "
                + "other.csv, submissions.xlsx");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("my notes");

        Cli.Result tabs = sheets(plain, "--format", "csv", "--delimiter", "tab");

        assertThat(tabs.exitCode()).as(tabs.err()).isZero();
        assertThat(files()).containsExactly(".review-files.txt", "contact.tsv", "hosting.tsv", "notes.txt",
                "sending.tsv");
    }

    @Test
    void a_file_of_the_same_name_the_tool_did_not_write_stops_the_run_with_nothing_written() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("hosting.csv"), "someone's own sheet");

        Cli.Result result = sheets(plain);

        assertThat(result.exitCode()).isEqualTo(ExitCode.IO);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: " + out.resolve("hosting.csv") + " is in the way: this tool "
                + "did not write it");
        assertThat(Files.readString(out.resolve("hosting.csv"))).isEqualTo("someone's own sheet");
        assertThat(files()).containsExactly("hosting.csv");

        Cli.Result german = sheets(plain, "--lang", "de");
        assertThat(german.err()).startsWith("Fehler: " + out.resolve("hosting.csv") + " ist im Weg");
    }

    @Test
    void a_file_staff_changed_since_is_neither_overwritten_nor_removed() throws Exception {
        assertThat(sheets(plain).exitCode()).isZero();
        Files.writeString(out.resolve("submissions.xlsx"), "notes typed into the workbook",
                StandardCharsets.UTF_8);

        Cli.Result again = sheets(plain);
        assertThat(again.exitCode()).isEqualTo(ExitCode.IO);
        assertThat(again.err()).contains("submissions.xlsx is in the way");

        Cli.Result csvOnly = sheets(plain, "--format", "csv");
        assertThat(csvOnly.exitCode()).as(csvOnly.err()).isZero();
        assertThat(csvOnly.err()).contains("warning: left " + out.resolve("submissions.xlsx") + " in place");
        assertThat(Files.readString(out.resolve("submissions.xlsx"))).isEqualTo("notes typed into the workbook");
    }

    @Test
    void the_same_run_twice_replaces_its_own_files() throws Exception {
        assertThat(sheets(plain).exitCode()).isZero();
        byte[] first = Files.readAllBytes(out.resolve("submissions.xlsx"));

        Cli.Result again = sheets(plain);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("submissions.xlsx"))).isEqualTo(first);
        assertThat(again.err()).doesNotContain("Removed");
    }
}
