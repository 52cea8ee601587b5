package eu.mobilisesme.review.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynaliteExtension.class)
class GdprTest {

    static final String ANA = "ana.garcia@example.es";
    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;

    Dynalite dynalite;
    DynamoDbClient client;
    String table;

    final Map<String, AttributeValue> anaSends = Items.item("sending", "ana-sends", "es",
            Instant.parse("2026-03-02T09:00:00Z"), v -> v.put("email", List.of("Ana.Garcia@Example.es")));
    final Map<String, AttributeValue> anaWrites = Items.item("contact", "ana-writes", "es",
            Instant.parse("2026-03-01T09:00:00Z"), v -> v.put("email", List.of(ANA)));
    final Map<String, AttributeValue> anaTakesPart = Items.item("sending", "ana-takes-part", "en",
            Instant.parse("2026-03-03T09:00:00Z"), v -> {
                v.put("email", List.of("boss@example.es"));
                v.put("p1Email", List.of("ANA.GARCIA@example.es"));
            });
    final Map<String, AttributeValue> someoneElse = Items.item("hosting", "someone-else", "fr",
            Instant.parse("2026-03-02T10:00:00Z"), v -> v.put("email", List.of("host@example.be")));
    final Map<String, AttributeValue> mentionsAna = Items.item("contact", "mentions-ana", "nl",
            Instant.parse("2026-03-04T09:00:00Z"), v -> v.put("message",
                    List.of("Please forward this to ana.garcia@example.es, she knows.")));

    @BeforeEach
    void table(Dynalite dynalite, DynamoDbClient client) {
        this.dynalite = dynalite;
        this.client = client;
        this.table = "gdpr-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        for (Map<String, AttributeValue> item : List.of(anaSends, anaWrites, anaTakesPart, someoneElse, mentionsAna)) {
            client.putItem(b -> b.tableName(table).item(item));
        }
    }

    static String id(String seed) {
        return Items.id(seed).toString();
    }

    List<String> idsInTable() {
        return client.scan(b -> b.tableName(table)).items().stream().map(i -> i.get("id").s()).sorted().toList();
    }

    @Test
    void person_writes_every_submission_whose_e_mail_field_matches_ignoring_case() throws Exception {
        Path file = temp.resolve("ana.json");
        Cli.Result result = new Cli().run("person", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", "  Ana.Garcia@EXAMPLE.es ", "--out", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String json = Files.readString(file);
        assertThat(json).contains("\"submissionCount\" : 3")
                .containsSubsequence(id("ana-writes"), id("ana-sends"), id("ana-takes-part"))
                .doesNotContain(id("someone-else"), id("mentions-ana"), "payloadHash", anaSends.get("payloadHash").s())
                .contains("\"Contact person: E-mail address\" : \"Ana.Garcia@Example.es\"")
                .contains("\"expiresAt\" : ").contains("\"p1Languages\" : [ \"en\", \"es\" ]");
        assertThat(result.err()).contains("Found 3 submissions of Ana.Garcia@EXAMPLE.es");
    }

    @Test
    void person_reads_exports_too_with_incremental_deletions_applied() throws Exception {
        Path download = temp.resolve("download");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(anaSends, someoneElse)).items(List.of(anaWrites, anaTakesPart)).write();
        ExportFixture.incremental(download, "01700000000001-bbbb2222", EXPORTED, EXPORTED.plusSeconds(3600))
                .lines(List.of(ExportFixture.change(ExportFixture.micros(EXPORTED.plusSeconds(60)),
                        id("ana-writes"), null, anaWrites))).write();

        Cli.Result result = new Cli().run("person", "--export", download.toString(), "--email", ANA);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"submissionCount\" : 2").contains(id("ana-sends"), id("ana-takes-part"))
                .doesNotContain(id("ana-writes"));
    }

    @Test
    void erase_shows_what_it_will_delete_and_deletes_after_yes() {
        Cli.Result result = new Cli().stdin("yes\n").run("erase", "--table", table, "--endpoint",
                dynalite.endpoint().toString(), "--email", ANA);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("Delete these 3 submissions from table " + table + "?");
        assertThat(result.out()).contains("3 submissions of " + ANA).contains("Deleted 3 submissions");
        assertThat(idsInTable()).containsExactlyInAnyOrder(id("someone-else"), id("mentions-ana"));
    }

    @Test
    void erase_deletes_nothing_without_confirmation() {
        for (String answer : List.of("no\n", "", "y e s\n")) {
            Cli.Result result = new Cli().stdin(answer).run("erase", "--table", table, "--endpoint",
                    dynalite.endpoint().toString(), "--email", ANA);

            assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
            assertThat(result.out()).contains("Nothing deleted.");
            assertThat(idsInTable()).hasSize(5);
        }
    }

    @Test
    void erase_with_yes_skips_the_question_and_lists_the_export_files_that_still_hold_the_person() {
        Path download = temp.resolve("download");
        ExportFixture full = ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(someoneElse, mentionsAna)).items(List.of(anaSends)).emptyFile();
        full.write();
        Map<String, AttributeValue> anaChanged = Items.with(anaWrites, "email", AttributeValue.fromS("new@example.es"));
        ExportFixture incremental = ExportFixture.incremental(download, "01700000000001-bbbb2222", EXPORTED,
                EXPORTED.plusSeconds(3600)).lines(List.of(ExportFixture.change(
                        ExportFixture.micros(EXPORTED.plusSeconds(60)), id("ana-writes"), anaChanged, anaWrites)));
        incremental.write();

        Cli.Result result = new Cli().run("erase", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--export", download.toString(), "--email", ANA, "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Type yes");
        assertThat(idsInTable()).hasSize(2);
        assertThat(result.out()).contains("Export files that still hold data of " + ANA)
                .contains(full.dataFile(1).toString()).contains(incremental.dataFile(0).toString())
                .doesNotContain(full.dataFile(0).toString()).doesNotContain(full.dataFile(2).toString());
    }

    @Test
    void erase_needs_a_table_or_an_export() {
        Cli.Result result = new Cli().run("erase", "--email", ANA);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Give --table NAME");
    }

    @Test
    void a_malformed_address_is_a_usage_error() {
        Cli.Result result = new Cli().run("person", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", "ana");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
