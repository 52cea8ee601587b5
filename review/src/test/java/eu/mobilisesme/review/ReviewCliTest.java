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

    @Test
    void help_names_the_guide_and_the_guide_command_prints_it() throws Exception {
        Cli.Result help = new Cli().run("--help");
        Cli.Result guide = new Cli().run("guide");

        assertThat(help.out()).contains("The staff guide", "'review guide' prints it");
        assertThat(guide.exitCode()).as(guide.err()).isZero();
        assertThat(guide.out()).isEqualTo(java.nio.file.Files.readString(Path.of("../docs/staff-review.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sheets", "report", "person", "erase", "verify", "guide"})
    void every_command_has_help_with_an_example(String command) {
        Cli.Result result = new Cli().run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: review " + command, "Example: review " + command);
    }

    @Test
    void no_command_is_a_usage_error() {
        Cli.Result result = new Cli().run();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("choose a command");
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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en|error: --from: '2027-13-01' is not a date: write it as yyyy-MM-dd, for example 2027-01-31. See 'review sheets --help'.",
        "fr|erreur : --from: '2027-13-01' n'est pas une date : écrivez-la aaaa-MM-jj, par exemple 2027-01-31. Voir 'review sheets --help'.",
        "de|Fehler: --from: '2027-13-01' ist kein Datum: schreiben Sie JJJJ-MM-TT, zum Beispiel 2027-01-31. Siehe 'review sheets --help'.",
    })
    void a_bad_date_is_one_line_in_the_chosen_language_without_the_usage(String lang, String line) {
        Cli.Result result = new Cli().run("sheets", "--lang", lang, "--export", temp.toString(), "--from",
                "2027-13-01");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
    }

    @Test
    void every_wrong_command_line_is_one_line() {
        for (String line : List.of("sheets --bogus", "sheets --export . --table t", "sheets --lang es --form x",
                "report --export")) {
            Cli.Result result = new Cli().run(line.split(" "));

            assertThat(result.exitCode()).as(line).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().lines()).as(line).hasSize(1);
            assertThat(result.err()).as(line).doesNotContain("Usage:", "\tat ");
        }
    }

    @Test
    void a_folder_that_does_not_exist_is_one_line_in_the_chosen_language() {
        Cli.Result result = new Cli().run("sheets", "--lang", "nl", "--export", temp.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("fout: De map " + temp.resolve("nowhere") + " bestaat niet: controleer "
                + "het pad bij --export." + System.lineSeparator());
    }

    @Test
    void missing_aws_credentials_are_one_line_in_the_chosen_language() {
        Cli cli = new Cli().clients(settings -> software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                .endpointOverride(java.net.URI.create("http://127.0.0.1:9"))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                // a chain that finds nothing, as the default one does on a computer never signed in
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain.of(
                        software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider.builder()
                                .profileFile(software.amazon.awssdk.profiles.ProfileFile.builder()
                                        .content(new java.io.ByteArrayInputStream(new byte[0]))
                                        .type(software.amazon.awssdk.profiles.ProfileFile.Type.CREDENTIALS).build())
                                .profileName("nobody").build()))
                .build());

        for (String lang : List.of("en", "de")) {
            Cli.Result result = cli.run("sheets", "--table", "MobiliseSme-Submissions", "--region", "eu-west-1",
                    "--lang", lang, "--out", temp.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.TABLE);
            assertThat(result.err().lines()).hasSize(1);
            assertThat(result.err()).startsWith(lang.equals("en")
                    ? "error: No AWS credentials for table MobiliseSme-Submissions: sign in with 'aws sso login'"
                    : "Fehler: Keine AWS-Anmeldedaten für die Tabelle MobiliseSme-Submissions");
        }
    }

    @Test
    void verify_passes_an_intact_export_and_lists_every_damaged_file() {
        ExportFixture good = ExportFixture.full(temp.resolve("good"), "01700000000000-aaaa1111",
                Instant.parse("2026-11-20T10:00:00Z")).items(List.of(Items.itemV1("contact", "a", "en",
                Instant.parse("2026-03-01T10:00:00Z")))).emptyFile();
        good.write();
        assertThat(new Cli().run("verify", "--export", temp.resolve("good").toString()).err())
                .contains("OK full export 01700000000000-aaaa1111").contains("2 data files, 1 item").doesNotContain("1 items");

        ExportFixture bad = ExportFixture.full(temp.resolve("bad"), "01700000000000-aaaa1111",
                        Instant.parse("2026-11-20T10:00:00Z"))
                .items(List.of(Items.itemV1("contact", "a", "en", Instant.parse("2026-03-01T10:00:00Z"))))
                .items(List.of(Items.itemV1("contact", "b", "en", Instant.parse("2026-03-01T10:00:00Z"))))
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
                .items(List.of(Items.itemV1("contact", "a", "en", Instant.parse("2026-03-01T10:00:00Z"))))
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
