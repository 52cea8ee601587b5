package eu.mobilisesme.review;

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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SheetsCommandTest {

    static final Instant EXPORTED = Instant.parse("2026-11-20T10:00:00Z");
    static final String SAME_TIME = "2026-03-05T08:00:00Z";

    @TempDir
    Path temp;
    Path download;
    Path out;

    @BeforeEach
    void export() {
        download = temp.resolve("download");
        out = temp.resolve("out");
        Map<String, AttributeValue> expired = Items.itemV1("sending", "expired", "en",
                EXPORTED.minus(Items.RETENTION).minusSeconds(60));
        ExportFixture.full(download, "01700000000000-aaaa1111", EXPORTED)
                .items(List.of(
                        Items.itemV1("sending", "late", "es", Instant.parse("2026-03-09T12:00:00Z"),
                                v -> v.put("legalName", List.of("Société Générale d'Études"))),
                        Items.itemV1("sending", "same-b", "en", Instant.parse(SAME_TIME),
                                v -> v.put("legalName", List.of("株式会社テスト 🚀"))),
                        expired))
                .emptyFile()
                .items(List.of(
                        Items.itemV1("sending", "same-a", "de", Instant.parse(SAME_TIME),
                                v -> v.put("legalName", List.of("شركة الاختبار"))),
                        Items.itemV1("sending", "early", "fr", Instant.parse("2026-03-01T23:00:00.5Z")),
                        Items.itemV1("sending", "before", "fr", Instant.parse("2026-03-01T22:59:59.999Z")),
                        Items.itemV1("hosting", "host", "nl", Instant.parse("2026-03-02T10:00:00Z"),
                                v -> v.put("phone", List.of("+32 2 123 45 67"))),
                        Items.with(Items.without(Items.itemV1("contact", "contact", "de",
                                        Instant.parse("2026-03-06T10:00:00Z")), "organisation", "country"),
                                "campaign", AttributeValue.fromM(Map.of("source", AttributeValue.fromS("fair"))))))
                .write();
    }

    Cli.Result sheets(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("sheets", "--export", download.toString(), "--out",
                out.toString()));
        args.addAll(List.of(options));
        return new Cli().run(args.toArray(String[]::new));
    }

    static String id(String seed) {
        return Items.id(seed).toString();
    }

    /** The two submissions received at the same moment, in id order: "same-b" sorts first. */
    static List<String> sameTime() {
        return Stream.of(id("same-a"), id("same-b")).sorted().toList();
    }

    @Test
    void writes_one_csv_per_form_and_one_workbook_and_lists_them_on_stdout() {
        Cli.Result result = sheets();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(out.resolve("sending.csv").toString(),
                out.resolve("hosting.csv").toString(), out.resolve("contact.csv").toString(),
                out.resolve("submissions.xlsx").toString());
        assertThat(Sheets.xlsx(out.resolve("submissions.xlsx")).stream().map(Sheets.Named::name))
                .containsExactly("Sending companies", "Hosting companies", "Contact messages", "Period");
        assertThat(result.err()).contains("Wrote 7 submissions (Sending companies: 5, Hosting companies: 1, Contact messages: 1)");
    }

    @Test
    void csv_has_a_bom_crlf_line_ends_and_every_field_quoted() throws Exception {
        sheets("--format", "csv");

        byte[] bytes = Files.readAllBytes(out.resolve("contact.csv"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.substring(1)).startsWith("\"Reference\",\"Received (Brussels time)\",");
        assertThat(text).endsWith("\"\r\n").doesNotContain("\"\n");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void the_delimiter_can_be_a_semicolon_for_excel_in_comma_decimal_countries() throws Exception {
        sheets("--format", "csv", "--delimiter", ";");

        assertThat(Files.readString(out.resolve("contact.csv"))).contains("\"Reference\";\"Received (Brussels time)\";");
        assertThat(Sheets.csv(out.resolve("contact.csv"), ';').get(1)).contains("Jan de Vries");
    }

    @Test
    void other_languages_than_english_get_semicolons_by_default_and_commas_when_asked() throws Exception {
        for (String lang : List.of("fr", "es", "nl", "de")) {
            sheets("--format", "csv", "--lang", lang);

            assertThat(Files.readString(out.resolve("contact.csv"))).startsWith("\uFEFF\"").contains("\";\"")
                    .doesNotContain("\",\"");
            assertThat(Sheets.csv(out.resolve("contact.csv"), ';').get(1)).contains("Jan de Vries");
        }
        sheets("--format", "csv", "--lang", "fr", "--delimiter", ",");
        assertThat(Sheets.csv(out.resolve("contact.csv"), ',').get(1)).contains("Jan de Vries");
        sheets("--format", "csv");
        assertThat(Sheets.csv(out.resolve("contact.csv"), ',').get(1)).contains("Jan de Vries");
    }

    @Test
    void tab_separated_files_are_tsv() throws Exception {
        Path tabs = temp.resolve("tabs");
        Cli.Result result = new Cli().run("sheets", "--export", download.toString(), "--out", tabs.toString(),
                "--format", "csv", "--delimiter", "tab");

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(tabs)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("sending.tsv", "hosting.tsv", "contact.tsv", ".review-files.txt");
        }
        assertThat(result.out()).contains(tabs.resolve("contact.tsv").toString());
        assertThat(Sheets.csv(tabs.resolve("contact.tsv"), '\t').get(1)).contains("Jan de Vries");
    }

    @Test
    void rows_are_sorted_by_time_received_then_id_and_expired_items_are_left_out() {
        Cli.Result result = sheets();

        List<String> expected = List.of(id("before"), id("early"), sameTime().get(0), sameTime().get(1), id("late"));
        assertThat(sameTime()).containsExactly(id("same-b"), id("same-a"));
        List<List<String>> csv = Sheets.csv(out.resolve("sending.csv"), ',');
        assertThat(csv.subList(1, csv.size()).stream().map(r -> r.get(csv.get(0).indexOf("Submission id"))))
                .containsExactlyElementsOf(expected);
        List<List<String>> sheet = Sheets.xlsx(out.resolve("submissions.xlsx")).get(0).rows();
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(sheet.get(0).indexOf("Submission id"))))
                .containsExactlyElementsOf(expected);
        assertThat(result.err()).contains("Left out 1 submission whose retention period ended");
    }

    @Test
    void the_same_input_gives_byte_identical_files() throws Exception {
        sheets();
        Path first = temp.resolve("first");
        Files.move(out, first);

        sheets();

        for (String name : List.of("sending.csv", "hosting.csv", "contact.csv", "submissions.xlsx")) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void unicode_survives_in_csv_and_xlsx() {
        sheets();

        List<List<String>> csv = Sheets.csv(out.resolve("sending.csv"), ',');
        List<List<String>> xlsx = Sheets.xlsx(out.resolve("submissions.xlsx")).get(0).rows();
        for (List<List<String>> rows : List.of(csv, xlsx)) {
            assertThat(rows.stream().map(r -> r.get(rows.get(0).indexOf("Legal name"))).toList())
                    .containsExactly("Legal name", "Aceites del Sur SL", "Aceites del Sur SL", "株式会社テスト 🚀",
                            "شركة الاختبار", "Société Générale d'Études");
        }
        assertThat(Sheets.cell(csv, 1, "Contact person: Last name")).isEqualTo("García");
    }

    @Test
    void a_phone_number_gets_the_apostrophe_in_csv_but_not_in_xlsx() {
        sheets();

        assertThat(Sheets.cell(Sheets.csv(out.resolve("hosting.csv"), ','), 1, "Phone number"))
                .isEqualTo("'+3221234567");
        assertThat(Sheets.cell(Sheets.xlsx(out.resolve("submissions.xlsx")).get(1).rows(), 1, "Phone number"))
                .isEqualTo("+3221234567");
    }

    @Test
    void missing_attributes_are_empty_and_unknown_ones_go_to_extra_with_a_warning() {
        Cli.Result result = sheets();

        List<List<String>> contact = Sheets.csv(out.resolve("contact.csv"), ',');
        assertThat(Sheets.cell(contact, 1, "Organisation (optional)")).isEmpty();
        assertThat(Sheets.cell(contact, 1, "Country")).isEmpty();
        assertThat(Sheets.cell(contact, 1, "extra")).isEqualTo("{\"campaign\":{\"source\":\"fair\"}}");
        assertThat(contact.get(0)).doesNotContain("payloadHash");
        assertThat(result.err()).contains("1 submission has attributes this version does not know (campaign)");
    }

    @Test
    void headers_and_labels_follow_lang() {
        sheets("--lang", "fr", "--format", "csv");

        List<List<String>> hosting = Sheets.csv(out.resolve("hosting.csv"), ';');
        assertThat(hosting.get(0)).startsWith("Référence", "Reçu (heure de Bruxelles)", "Langue du formulaire",
                "Éligibilité (provisoire)", "Points à vérifier");
        assertThat(Sheets.cell(hosting, 1, "Langue du formulaire")).isEqualTo("Néerlandais");
        assertThat(Sheets.cell(hosting, 1, "Éligibilité (provisoire)")).isEqualTo("À examiner");
    }

    @Test
    void filters_narrow_by_form_day_language_and_outcome() {
        sheets("--form", "sending", "--from", "2026-03-02", "--to", "2026-03-05", "--format", "csv");

        List<List<String>> sending = Sheets.csv(out.resolve("sending.csv"), ',');
        assertThat(sending.stream().skip(1).map(r -> r.get(sending.get(0).indexOf("Submission id"))))
                .as("23:00:00.5Z on 1 March is 2 March in Brussels; 22:59:59.999Z is still 1 March")
                .containsExactly(id("early"), sameTime().get(0), sameTime().get(1));
        assertThat(out.resolve("hosting.csv")).doesNotExist();

        Cli.Result second = sheets("--submitted-in", "de,fr", "--eligibility", "needs-review", "--format", "csv");
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<List<String>> german = Sheets.csv(out.resolve("sending.csv"), ',');
        assertThat(german.stream().skip(1).map(r -> r.get(german.get(0).indexOf("Submission id"))))
                .containsExactly(id("before"), id("early"), id("same-a"));
        assertThat(Sheets.csv(out.resolve("contact.csv"), ',')).as("contact messages have no outcome").hasSize(1);
    }

    @Test
    void a_damaged_export_writes_nothing_and_exits_with_3_naming_the_file() throws Exception {
        try (Stream<Path> files = Files.walk(download)) {
            Path gz = files.filter(p -> p.toString().endsWith(".json.gz")).sorted().findFirst().orElseThrow();
            Files.write(gz, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
            Cli.Result result = sheets();

            assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_EXPORT);
            assertThat(result.err()).contains("error: Checksum mismatch").contains(gz.getFileName().toString());
        }
        if (Files.exists(out)) {
            try (Stream<Path> written = Files.list(out)) {
                assertThat(written).isEmpty();
            }
        }
    }

    @Test
    void the_notifier_s_limit_and_digest_items_are_no_submissions() throws Exception {
        Path withLimit = temp.resolve("with-limit");
        Map<String, AttributeValue> limit = Map.of(
                "id", AttributeValue.fromS(eu.mobilisesme.notify.RateLimit.KEY_PREFIX + "0f".repeat(32)),
                "heldBy", AttributeValue.fromS(id("host")),
                "expiresAt", AttributeValue.fromN(String.valueOf(EXPORTED.getEpochSecond() + 86_400)));
        Map<String, AttributeValue> digest = Map.of(
                "id", AttributeValue.fromS(eu.mobilisesme.notify.DailyDigest.KEY_PREFIX + "2026-03-01"),
                "digestState", AttributeValue.fromS("sent"),
                "expiresAt", AttributeValue.fromN(String.valueOf(EXPORTED.getEpochSecond() + 86_400)));
        ExportFixture.full(withLimit, "01700000000000-bbbb2222", EXPORTED)
                .items(List.of(Items.itemV1("hosting", "host", "nl", Instant.parse("2026-03-02T10:00:00Z")), limit,
                        digest))
                .write();

        Cli.Result result = new Cli().run("sheets", "--export", withLimit.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve("other.csv")).doesNotExist();
        assertThat(Files.readString(out.resolve("hosting.csv"), StandardCharsets.UTF_8)).contains(id("host"))
                .doesNotContain(eu.mobilisesme.notify.RateLimit.KEY_PREFIX, eu.mobilisesme.notify.DailyDigest.KEY_PREFIX);
    }

    @Test
    void the_notifier_s_claims_on_a_submission_stay_out_of_extra_and_of_the_warning() throws Exception {
        Path claimed = temp.resolve("claimed");
        Map<String, AttributeValue> item = Items.item("hosting", "host", "nl", Instant.parse("2026-03-02T10:00:00Z"));
        item.put("staffNoticeState", AttributeValue.fromS("sent"));
        item.put("staffNoticeSettledAt", AttributeValue.fromS("2026-03-02T10:00:01.000Z"));
        item.put("staffNoticeMessageId", AttributeValue.fromS("0102018f-staff"));
        item.put("confirmationState", AttributeValue.fromS("sending"));
        item.put("confirmationLeaseUntil", AttributeValue.fromN("1772445660000"));
        item.put("confirmationToken", AttributeValue.fromS("9b1c-token"));
        ExportFixture.full(claimed, "01700000000000-cccc3333", EXPORTED).items(List.of(item)).write();

        Cli.Result result = new Cli().run("sheets", "--export", claimed.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("attributes this version does not know");
        List<List<String>> hosting = Sheets.csv(out.resolve("hosting.csv"), ',');
        assertThat(Sheets.cell(hosting, 1, "extra")).isEmpty();
        assertThat(Files.readString(out.resolve("hosting.csv"), StandardCharsets.UTF_8))
                .doesNotContain("staffNotice").doesNotContain("confirmationState").doesNotContain("9b1c-token");
        assertThat(Sheets.cell(Sheets.xlsx(out.resolve("submissions.xlsx")).get(1).rows(), 1, "extra")).isEmpty();
    }
}
