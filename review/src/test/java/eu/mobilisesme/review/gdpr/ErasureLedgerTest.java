package eu.mobilisesme.review.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Erasing from exports: the ledger keeps an erased person out of everything later made from an old export. */
class ErasureLedgerTest {

    static final String ANA = "ana.garcia@example.es";
    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant ERASED = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path temp;
    Path download;
    Path ledger;

    final Map<String, AttributeValue> anaWrites = Items.itemV1("contact", "ana-writes", "es",
            Instant.parse("2026-03-01T09:00:00Z"), v -> v.put("email", List.of("Ana.Garcia@Example.es")));
    final Map<String, AttributeValue> anaTakesPart = Items.itemV1("sending", "ana-takes-part", "en",
            Instant.parse("2026-03-03T09:00:00Z"), v -> {
                v.put("legalName", List.of("Aceites Boss SL"));
                v.put("email", List.of("boss@example.es"));
                v.put("p1LastName", List.of("Garcíaparticipante"));
                v.put("p1Email", List.of(ANA.toUpperCase()));
            });
    final Map<String, AttributeValue> someoneElse = Items.itemV1("hosting", "someone-else", "fr",
            Instant.parse("2026-03-02T10:00:00Z"), v -> v.put("email", List.of("host@example.be")));

    @BeforeEach
    void export() {
        download = temp.resolve("download");
        ledger = temp.resolve("state/erasure-ledger.txt");
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(anaWrites, anaTakesPart, someoneElse)).write();
    }

    Cli cli() {
        return new Cli().ledger(ledger).clock(ERASED);
    }

    Cli.Result erase() {
        return cli().run("erase", "--export", download.toString(), "--email", ANA, "--yes");
    }

    @Test
    void erase_from_an_export_records_the_person_and_says_so() throws Exception {
        Cli.Result result = erase();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Recorded in the erasure ledger " + ledger)
                .contains("Export files that still hold data of " + ANA);
        String text = Files.readString(ledger, StandardCharsets.UTF_8);
        assertThat(text.toLowerCase()).doesNotContain("ana", "garcia", "example");
        assertThat(ErasureLedger.load(ledger).erasedAt(" Ana.GARCIA@example.es")).contains(ERASED);
        assertThat(ErasureLedger.load(ledger).erasedAt("host@example.be")).isEmpty();
    }

    @Test
    void sheets_from_the_old_export_leave_out_what_they_sent_and_blank_their_fields_elsewhere() throws Exception {
        erase();

        Path out = temp.resolve("out");
        Cli.Result result = cli().run("sheets", "--export", download.toString(), "--out", out.toString(),
                "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("left out 1 submission sent by erased people and removed their fields from "
                + "1 submission of others");
        String contact = Files.readString(out.resolve("contact.csv"));
        String sending = Files.readString(out.resolve("sending.csv"));
        assertThat(contact.lines()).hasSize(1);
        assertThat(sending).contains("boss@example.es", "Aceites Boss SL")
                .doesNotContainIgnoringCase(ANA).doesNotContain("Garcíaparticipante");
        assertThat(Files.readString(out.resolve("hosting.csv"))).contains("host@example.be");
    }

    @Test
    void report_and_person_apply_the_ledger_too() throws Exception {
        erase();

        Path summary = temp.resolve("summary.html");
        Cli.Result report = cli().run("report", "--export", download.toString(), "--out", summary.toString());
        Cli.Result person = cli().run("person", "--export", download.toString(), "--email", ANA);

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(summary)).contains("<td class=\"n\">2</td>");
        assertThat(person.exitCode()).as(person.err()).isZero();
        assertThat(person.out()).contains("\"submissionCount\" : 0", "\"mentionCount\" : 0");
    }

    @Test
    void a_submission_received_after_the_erasure_is_shown() {
        ErasureLedger fresh = ErasureLedger.load(ledger);
        fresh.record(ANA, ERASED);
        ErasureLedger read = ErasureLedger.load(ledger);

        assertThat(read.erasedAfter(Optional.of(ERASED.minusSeconds(1))).test(ANA)).isTrue();
        assertThat(read.erasedAfter(Optional.of(ERASED.plusSeconds(1))).test(ANA)).isFalse();
        assertThat(read.erasedAfter(Optional.empty()).test(ANA)).isTrue();
        assertThat(read.erasedAfter(Optional.empty()).test("someone@example.es")).isFalse();
    }

    @Test
    void two_ledgers_hash_the_same_address_differently() {
        ErasureLedger one = ErasureLedger.load(temp.resolve("one"));
        ErasureLedger two = ErasureLedger.load(temp.resolve("two"));

        assertThat(one.hash(ANA)).isNotEqualTo(two.hash(ANA)).isEqualTo(one.hash(" " + ANA.toUpperCase()));
    }

    @Test
    void a_damaged_ledger_stops_the_tool_with_one_line() throws Exception {
        Files.createDirectories(ledger.getParent());
        Files.writeString(ledger, "key AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nnot a line\n");

        Cli.Result result = cli().run("sheets", "--export", download.toString(), "--out",
                temp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.IO);
        assertThat(result.err().strip()).startsWith("error: The erasure ledger").contains("damaged at line 2")
                .doesNotContain("\n");
    }
}
