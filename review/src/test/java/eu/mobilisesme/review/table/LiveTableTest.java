package eu.mobilisesme.review.table;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.RecordingClients;
import eu.mobilisesme.review.fixtures.Sheets;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
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
class LiveTableTest {

    @TempDir
    Path out;

    Dynalite dynalite;
    String table;
    final RecordingClients clients = new RecordingClients();

    @BeforeEach
    void table(Dynalite dynalite, DynamoDbClient client) {
        this.dynalite = dynalite;
        this.table = "submissions-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        put(client, table, Items.itemV1("sending", "before", "en", Instant.parse("2026-03-01T22:59:59.999Z")));
        put(client, table, Items.itemV1("sending", "first", "en", Instant.parse("2026-03-01T23:00:00Z")));
        put(client, table, Items.itemV1("sending", "fraction", "en", Instant.parse("2026-03-01T23:00:00.250Z")));
        put(client, table, Items.itemV1("sending", "last", "en", Instant.parse("2026-03-05T22:59:59.999999Z")));
        put(client, table, Items.itemV1("sending", "after", "en", Instant.parse("2026-03-05T23:00:00Z")));
        put(client, table, Items.itemV1("hosting", "host", "fr", Instant.parse("2026-03-03T10:00:00Z")));
        put(client, table, Items.itemV1("contact", "contact", "nl", Instant.parse("2026-03-03T11:00:00Z")));
    }

    static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    Cli.Result sheets(String... filters) {
        List<String> args = new java.util.ArrayList<>(List.of("sheets", "--table", table, "--endpoint",
                dynalite.endpoint().toString(), "--out", out.toString(), "--format", "csv"));
        args.addAll(List.of(filters));
        return new Cli().clients(clients).run(args.toArray(String[]::new));
    }

    static String id(String seed) {
        return Items.id(seed).toString();
    }

    @Test
    void a_form_and_a_date_range_are_read_with_one_query_on_the_index_and_never_a_scan() {
        Cli.Result result = sheets("--form", "sending", "--from", "2026-03-02", "--to", "2026-03-05");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(clients.operations()).containsExactly("Query").doesNotContain("Scan");
        assertThat(clients.keyConditions())
                .containsExactly("byFormAndDate: #form = :form AND #at BETWEEN :low AND :high");
        List<List<String>> rows = Sheets.csv(out.resolve("sending.csv"), ',');
        assertThat(rows.stream().skip(1).map(r -> r.get(rows.get(0).indexOf("Submission id"))))
                .as("whole Brussels days, exact to the microsecond at both ends")
                .containsExactly(id("first"), id("fraction"), id("last"));
    }

    @Test
    void without_a_form_each_form_is_queried_in_turn() {
        Cli.Result result = sheets();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(clients.operations()).containsExactly("Query", "Query", "Query");
        assertThat(Sheets.csv(out.resolve("sending.csv"), ',')).hasSize(6);
        assertThat(Sheets.csv(out.resolve("hosting.csv"), ',')).hasSize(2);
        assertThat(Sheets.csv(out.resolve("contact.csv"), ',')).hasSize(2);
    }

    @Test
    void an_unknown_table_is_exit_code_5_with_advice() {
        table = "no-such-table";

        Cli.Result result = sheets("--form", "contact");

        assertThat(result.exitCode()).isEqualTo(ExitCode.TABLE);
        assertThat(result.err()).contains("error: Table no-such-table").contains("--region");
    }
}
