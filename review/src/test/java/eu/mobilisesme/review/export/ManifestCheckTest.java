package eu.mobilisesme.review.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCheckTest {

    static final Instant FULL = Instant.parse("2026-11-20T10:00:00Z");
    static final String ID = "01700000000000-aaaa1111";

    @TempDir
    Path download;

    ExportFixture twoFiles() {
        return ExportFixture.full(download, ID, FULL)
                .items(List.of(Items.itemV1("contact", "a", "nl", FULL.minusSeconds(60))))
                .items(List.of(Items.itemV1("contact", "b", "de", FULL.minusSeconds(30))));
    }

    @Test
    void a_bad_checksum_is_an_error_naming_the_file() {
        ExportFixture export = twoFiles().badChecksum(1);
        export.write();

        assertThatThrownBy(this::readAll).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Checksum mismatch")
                .hasMessageContaining(export.dataFile(1).toString())
                .hasMessageContaining(ExportFixture.fileName(ID, 1))
                .extracting(e -> ((ReviewException) e).exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
    }

    @Test
    void a_wrong_item_count_is_an_error_naming_the_file() {
        ExportFixture export = twoFiles().wrongCount(0);
        export.write();

        assertThatThrownBy(this::readAll).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Item count mismatch")
                .hasMessageContaining(export.dataFile(0).toString())
                .hasMessageContaining("holds 1 item but the manifest says 2");
    }

    @Test
    void a_missing_file_is_an_error_naming_it_before_anything_is_read() {
        twoFiles().missing(1).write();

        assertThatThrownBy(() -> ExportFolders.discover(List.of(download))).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Data file missing")
                .hasMessageContaining(ExportFixture.fileName(ID, 1));
    }

    @Test
    void a_truncated_file_is_reported_as_damaged() throws Exception {
        ExportFixture export = twoFiles();
        export.write();
        byte[] bytes = Files.readAllBytes(export.dataFile(0));
        Files.write(export.dataFile(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(this::readAll).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Checksum mismatch").hasMessageContaining(ExportFixture.fileName(ID, 0));
    }

    @Test
    void a_summary_count_that_disagrees_with_the_files_is_an_error() throws Exception {
        Path folder = twoFiles().write();
        Path summary = folder.resolve("manifest-summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"itemCount\":2", "\"itemCount\":3"));

        assertThatThrownBy(this::readAll).hasMessageContaining("counts 3 items but the data files")
                .hasMessageContaining("add up to 2");
    }

    @Test
    void an_ion_export_is_refused_with_what_to_do() {
        twoFiles().format("ION").write();

        assertThatThrownBy(this::readAll).isInstanceOf(ReviewException.class)
                .hasMessageContaining("ION").hasMessageContaining("DYNAMODB_JSON");
    }

    @Test
    void a_manifest_pointing_outside_the_export_is_refused() throws Exception {
        Path folder = twoFiles().write();
        Path manifest = folder.resolve("manifest-files.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("exports/AWSDynamoDB/", "../../../"));

        assertThatThrownBy(this::readAll).hasMessageContaining("leaves the export folder");
    }

    @Test
    void a_folder_without_an_export_says_what_it_expected() {
        assertThatThrownBy(this::readAll).hasMessageContaining("No manifest-summary.json found in");
    }

    @Test
    void an_intact_export_passes() {
        twoFiles().write();

        assertThat(readAll()).isEqualTo(2);
    }

    private int readAll() {
        int[] count = {0};
        ExportSource.open(List.of(download), new Console(new PrintStream(OutputStream.nullOutputStream()), true))
                .forEach(item -> count[0]++);
        return count[0];
    }
}
