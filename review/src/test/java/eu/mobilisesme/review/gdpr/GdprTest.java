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

    final Map<String, AttributeValue> anaSends = Items.itemV1("sending", "ana-sends", "es",
            Instant.parse("2026-03-02T09:00:00Z"), v -> v.put("email", List.of("Ana.Garcia@Example.es")));
    final Map<String, AttributeValue> anaWrites = Items.itemV1("contact", "ana-writes", "es",
            Instant.parse("2026-03-01T09:00:00Z"), v -> v.put("email", List.of(ANA)));
    final Map<String, AttributeValue> anaTakesPart = Items.itemV1("sending", "ana-takes-part", "en",
            Instant.parse("2026-03-03T09:00:00Z"), v -> {
                v.put("legalName", List.of("Aceites Boss SL"));
                v.put("email", List.of("boss@example.es"));
                v.put("p1FirstName", List.of("Ana"));
                v.put("p1LastName", List.of("García"));
                v.put("p1Email", List.of("ANA.GARCIA@example.es"));
                v.put("participantCount", List.of("2"));
                new java.util.ArrayList<>(v.keySet()).stream().filter(name -> name.startsWith("p1"))
                        .forEach(name -> v.put("p2" + name.substring(2), v.get(name)));
                v.put("p2FirstName", List.of("Pablo"));
                v.put("p2LastName", List.of("Ruiz"));
                v.put("p2Email", List.of("pablo@example.es"));
            });
    /** A sending application that names the hosting company of {@code someoneElse} as its partner. */
    final Map<String, AttributeValue> namesTheHost = Items.itemV1("sending", "names-the-host", "pt",
            Instant.parse("2026-03-05T09:00:00Z"), v -> {
                v.put("legalName", List.of("Azeites Lisboa Lda"));
                v.put("email", List.of("sender@example.pt"));
                v.put("hostIdentified", List.of("yes"));
                v.put("hostName", List.of("Huile Bruxelles SPRL"));
                v.put("hostCountry", List.of("BE"));
                v.put("hostEmail", List.of("Host@Example.be"));
            });
    final Map<String, AttributeValue> someoneElse = Items.itemV1("hosting", "someone-else", "fr",
            Instant.parse("2026-03-02T10:00:00Z"), v -> v.put("email", List.of("host@example.be")));
    final Map<String, AttributeValue> mentionsAna = Items.itemV1("contact", "mentions-ana", "nl",
            Instant.parse("2026-03-04T09:00:00Z"), v -> v.put("message",
                    List.of("Please forward this to ana.garcia@example.es, she knows.")));

    @BeforeEach
    void table(Dynalite dynalite, DynamoDbClient client) {
        this.dynalite = dynalite;
        this.client = client;
        this.table = "gdpr-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        for (Map<String, AttributeValue> item : List.of(anaSends, anaWrites, anaTakesPart, someoneElse, mentionsAna,
                namesTheHost)) {
            client.putItem(b -> b.tableName(table).item(item));
        }
    }

    static String id(String seed) {
        return Items.id(seed).toString();
    }

    Map<String, AttributeValue> inTable(String seed) {
        return client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id(seed))))).item();
    }

    List<String> idsInTable() {
        return client.scan(b -> b.tableName(table)).items().stream().map(i -> i.get("id").s()).sorted().toList();
    }

    @Test
    void person_writes_the_submissions_they_sent_without_the_other_people_in_them() throws Exception {
        Path file = temp.resolve("ana.json");
        Cli.Result result = new Cli().run("person", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", "  Ana.Garcia@EXAMPLE.es ", "--out", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String json = Files.readString(file);
        assertThat(json).contains("\"submissionCount\" : 2", "\"mentionCount\" : 1")
                .containsSubsequence(id("ana-writes"), id("ana-sends"))
                .doesNotContain(id("someone-else"), id("mentions-ana"), "payloadHash", anaSends.get("payloadHash").s())
                .contains("\"Contact person: E-mail address\" : \"Ana.Garcia@Example.es\"")
                .contains("\"expiresAt\" : ")
                // Ana's own application names Lucía as its participant: Lucía's data is not Ana's to receive.
                .doesNotContain("lucia@example.es", "Lucía", "Fernández");
        assertThat(result.err()).contains("Found 2 submissions of Ana.Garcia@EXAMPLE.es and 1 submission of "
                + "others that mention them");
    }

    @Test
    void person_lists_a_company_application_naming_a_participant_with_only_the_participant_s_fields()
            throws Exception {
        Cli.Result result = new Cli().run("person", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", ANA);

        assertThat(result.exitCode()).as(result.err()).isZero();
        String mentions = result.out().substring(result.out().indexOf("\"mentions\""));
        assertThat(mentions).contains(anaTakesPart.get("reference").s(), "\"form\" : \"sending\"",
                        "2026-03-03T09:00:00", "First participant", "\"p1Email\" : \"ANA.GARCIA@example.es\"",
                        "\"p1LastName\" : \"García\"", "\"p1Languages\" : [ \"en\", \"es\" ]")
                // not the company's contact, the other participant, nor the company's application itself
                .doesNotContain("boss@example.es", "Pablo", "pablo@example.es", "Aceites Boss SL", "objectives",
                        "vatNumber");
    }

    @Test
    void person_for_a_host_named_as_partner_does_not_hand_out_the_sender_s_application() {
        Cli.Result result = new Cli().run("person", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", "host@example.be");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"submissionCount\" : 1", "\"mentionCount\" : 1", id("someone-else"),
                        namesTheHost.get("reference").s(), "Host company's contact",
                        "\"hostEmail\" : \"Host@Example.be\"")
                .doesNotContain("sender@example.pt", "Azeites Lisboa Lda", "Huile Bruxelles SPRL", "objectives");
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
        assertThat(result.out()).contains("\"submissionCount\" : 1", "\"mentionCount\" : 1")
                .contains(id("ana-sends"), anaTakesPart.get("reference").s()).doesNotContain(id("ana-writes"));
    }

    @Test
    void erase_of_a_participant_removes_only_their_fields_from_the_company_s_application() {
        Cli.Result result = new Cli().stdin("yes\n").run("erase", "--table", table, "--endpoint",
                dynalite.endpoint().toString(), "--email", ANA);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("Erase the data of " + ANA + ": delete 2 submissions and remove their "
                + "fields from 1 submission in table " + table);
        assertThat(result.out()).contains("3 submissions in table " + table + " hold data of " + ANA)
                .contains("submission of Aceites Boss SL; their address is in: First participant: E-mail address")
                .contains("will remove First participant: First name, First participant: Last name, First participant: "
                        + "E-mail address, First participant: Role in the company, First participant: Works full-time "
                        + "for the company, First participant: Date they started working for the company, First "
                        + "participant: Years of professional experience, First participant: Languages they can work "
                        + "in, First participant: Short profile; the rest is kept")
                .contains("their submission; their address is in: Contact person: E-mail address", "will delete the whole submission")
                .contains("Deleted 2 submissions and removed the person's fields from 1 submission");
        assertThat(idsInTable()).containsExactlyInAnyOrder(id("someone-else"), id("mentions-ana"),
                id("ana-takes-part"), id("names-the-host"));
        Map<String, AttributeValue> left = inTable("ana-takes-part");
        assertThat(left).doesNotContainKeys("p1FirstName", "p1LastName", "p1Email", "p1Role", "p1Profile",
                "p1Languages");
        assertThat(left.get("email").s()).isEqualTo("boss@example.es");
        assertThat(left.get("legalName").s()).isEqualTo("Aceites Boss SL");
        assertThat(left.get("p2Email").s()).isEqualTo("pablo@example.es");
        assertThat(left.get("objectives")).isEqualTo(anaTakesPart.get("objectives"));
        assertThat(inTable("mentions-ana")).isEqualTo(mentionsAna);
    }

    @Test
    void erase_of_a_host_keeps_the_sending_application_that_names_it_as_partner() {
        Cli.Result result = new Cli().run("erase", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--email", "host@example.be", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("submission of Azeites Lisboa Lda; their address is in: E-mail address of the hosting company")
                .contains("will remove E-mail address of the hosting company; the rest is kept");
        assertThat(idsInTable()).doesNotContain(id("someone-else")).contains(id("names-the-host"));
        Map<String, AttributeValue> left = inTable("names-the-host");
        assertThat(left).doesNotContainKey("hostEmail");
        assertThat(left.get("hostName").s()).isEqualTo("Huile Bruxelles SPRL");
        assertThat(left.get("email").s()).isEqualTo("sender@example.pt");
    }

    @Test
    void erase_changes_nothing_without_confirmation() {
        for (String answer : List.of("no\n", "", "y e s\n")) {
            Cli cli = new Cli().stdin(answer);
            Cli.Result result = cli.run("erase", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                    "--email", ANA);

            assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
            assertThat(result.out()).contains("Nothing erased");
            assertThat(idsInTable()).hasSize(6);
            assertThat(inTable("ana-takes-part")).isEqualTo(anaTakesPart);
            assertThat(cli.ledger()).doesNotExist();
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
        assertThat(idsInTable()).hasSize(4);
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
