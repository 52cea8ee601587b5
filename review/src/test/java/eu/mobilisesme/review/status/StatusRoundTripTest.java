package eu.mobilisesme.review.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.fixtures.Cli;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.fixtures.Sheets;
import eu.mobilisesme.review.table.TableSettings;
import eu.mobilisesme.review.work.ReviewStatus;
import eu.mobilisesme.submission.References;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.DynaliteExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@code review status} against dynalite, and every request it sends checked against the staff role's policy in
 * template.yaml (dynalite does not enforce IAM): the round trip only counts if the role would have allowed it, and
 * the role must refuse writes to anything but the status.
 */
@ExtendWith(DynaliteExtension.class)
class StatusRoundTripTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path out;

    Dynalite dynalite;
    DynamoDbClient client;
    String table;
    Map<String, AttributeValue> sending;
    Map<String, AttributeValue> hosting;
    final Capturing clients = new Capturing();
    StaffRolePolicy policy;

    /** The tool's DynamoDB clients, keeping every request they send. */
    static final class Capturing implements Function<TableSettings, DynamoDbClient>, ExecutionInterceptor {
        final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

        @Override
        public DynamoDbClient apply(TableSettings settings) {
            return DynamoDbClient.builder().endpointOverride(settings.endpoint().orElseThrow())
                    .region(Region.of(settings.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(this)).build();
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request());
        }
    }

    @BeforeEach
    void table(Dynalite dynalite, DynamoDbClient client) throws IOException {
        this.dynalite = dynalite;
        this.client = client;
        this.table = "submissions-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        sending = Items.item("sending", "status-sending", "es", Instant.parse("2026-11-02T10:00:00Z"));
        hosting = Items.item("hosting", "status-hosting", "fr", Instant.parse("2026-11-03T10:00:00Z"));
        client.putItem(b -> b.tableName(table).item(sending));
        client.putItem(b -> b.tableName(table).item(hosting));
        policy = StaffRolePolicy.fromTemplate(repositoryRoot().resolve("template.yaml"), "StaffReviewRole");
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    Cli.Result status(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("status", "--table", table, "--endpoint",
                dynalite.endpoint().toString()));
        args.addAll(List.of(options));
        return new Cli().clock(NOW).clients(clients).run(args.toArray(String[]::new));
    }

    Map<String, AttributeValue> stored(Map<String, AttributeValue> item) {
        return client.getItem(b -> b.tableName(table).key(Map.of("id", item.get("id"))).consistentRead(true)).item();
    }

    static String reference(Map<String, AttributeValue> item) {
        return item.get("reference").s();
    }

    @Test
    void a_decision_and_its_history_are_stored_and_nothing_else_changes() {
        Cli.Result first = status("--ref", reference(sending), "--set", "on-hold", "--note", "VAT certificate?",
                "--by", "Ana Pérez");
        Cli.Result second = new Cli().clock(NOW.plusSeconds(3600)).clients(clients).run("status", "--table", table,
                "--endpoint", dynalite.endpoint().toString(), "--ref", reference(sending).toLowerCase(), "--set",
                "accepted", "--by", "Jan Peeters", "--lang", "nl");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Status of " + reference(sending) + " is now On hold, recorded by Ana Pérez "
                + "at 2026-11-27 10:00.");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("is nu Aanvaard");
        Map<String, AttributeValue> after = stored(sending);
        assertThat(after.get(ReviewStatus.ATTRIBUTE).s()).isEqualTo("accepted");
        List<Map<String, AttributeValue>> history = after.get(ReviewStatus.HISTORY).l().stream()
                .map(AttributeValue::m).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("time", AttributeValue.fromS("2026-11-27T09:00:00.000Z"))
                .containsEntry("by", AttributeValue.fromS("Ana Pérez"))
                .containsEntry("status", AttributeValue.fromS("on-hold"))
                .containsEntry("note", AttributeValue.fromS("VAT certificate?"));
        assertThat(history.get(1)).containsEntry("time", AttributeValue.fromS("2026-11-27T10:00:00.000Z"))
                .containsEntry("by", AttributeValue.fromS("Jan Peeters"))
                .containsEntry("status", AttributeValue.fromS("accepted")).doesNotContainKey("note");
        Map<String, AttributeValue> rest = new HashMap<>(after);
        ReviewStatus.ATTRIBUTES.forEach(rest::remove);
        assertThat(rest).as("every other attribute as submitted").isEqualTo(sending);
        assertThat(stored(hosting)).as("the other submission untouched").isEqualTo(hosting);
    }

    @Test
    void every_request_the_tool_sends_is_one_the_staff_role_allows() {
        status("--ref", reference(sending), "--set", "screened", "--note", "first look");
        status("--ref", reference(hosting), "--set", "refused");
        new Cli().clients(clients).run("sheets", "--table", table, "--endpoint", dynalite.endpoint().toString(),
                "--out", out.toString(), "--format", "csv");

        assertThat(clients.sent).extracting(r -> r.getClass().getSimpleName())
                .contains("ScanRequest", "UpdateItemRequest", "QueryRequest");
        for (SdkRequest request : clients.sent) {
            StaffRolePolicy.Request asked = StaffRolePolicy.of(request);
            assertThat(policy.allows(asked)).as("the staff role allows %s", asked).isTrue();
        }
        List<UpdateItemRequest> updates = clients.sent.stream().filter(UpdateItemRequest.class::isInstance)
                .map(UpdateItemRequest.class::cast).toList();
        assertThat(updates).hasSize(2).allSatisfy(update -> assertThat(StaffRolePolicy.of(update).attributes())
                .containsExactlyInAnyOrder("id", ReviewStatus.ATTRIBUTE, ReviewStatus.HISTORY));
        assertThat(Sheets.cell(Sheets.csv(out.resolve("sending.csv"), ','), 1, "Review status")).isEqualTo("Screened");
        assertThat(Sheets.cell(Sheets.csv(out.resolve("sending.csv"), ','), 1, "Status history"))
                .endsWith(": Screened (first look)");
        assertThat(Sheets.cell(Sheets.csv(out.resolve("hosting.csv"), ','), 1, "Review status")).isEqualTo("Refused");
    }

    @Test
    void the_staff_role_refuses_every_write_outside_the_status_attributes() {
        StatusChange change = new StatusChange(ReviewStatus.ACCEPTED, "Mallory", NOW, "");
        UpdateItemRequest tool = change.request(table, sending.get("id").s());
        assertThat(policy.allows(StaffRolePolicy.of(tool))).as("the tool's own request").isTrue();

        UpdateItemRequest eligibility = tool.toBuilder()
                .updateExpression(tool.updateExpression() + ", #e = :status")
                .expressionAttributeNames(with(tool.expressionAttributeNames(), "#e", "eligibility")).build();
        UpdateItemRequest bareName = tool.toBuilder()
                .updateExpression("SET legalName = :status").build();
        UpdateItemRequest removal = tool.toBuilder()
                .updateExpression(tool.updateExpression() + " REMOVE #e")
                .expressionAttributeNames(with(tool.expressionAttributeNames(), "#e", "email")).build();
        UpdateItemRequest readsBack = tool.toBuilder().returnValues(ReturnValue.ALL_OLD).build();
        UpdateItemRequest conditionOnOther = tool.toBuilder()
                .conditionExpression("attribute_exists(#id) AND #e = :status")
                .expressionAttributeNames(with(tool.expressionAttributeNames(), "#e", "eligibility")).build();

        for (SdkRequest forged : List.of(eligibility, bareName, removal, readsBack, conditionOnOther)) {
            assertThat(policy.allows(StaffRolePolicy.of(forged))).as("refused: %s", StaffRolePolicy.of(forged))
                    .isFalse();
        }
        assertThat(policy.allows(new StaffRolePolicy.Request("dynamodb:PutItem", StaffRolePolicy.TABLE,
                java.util.Set.of("id", "reviewStatus"), java.util.Optional.empty()))).isFalse();
        assertThat(policy.allows(new StaffRolePolicy.Request("dynamodb:DeleteItem", StaffRolePolicy.TABLE,
                java.util.Set.of("id"), java.util.Optional.empty()))).isFalse();
        assertThat(policy.allows(new StaffRolePolicy.Request("dynamodb:BatchWriteItem", StaffRolePolicy.TABLE,
                java.util.Set.of("id"), java.util.Optional.empty()))).isFalse();
    }

    static Map<String, String> with(Map<String, String> names, String placeholder, String name) {
        Map<String, String> copy = new HashMap<>(names);
        copy.put(placeholder, name);
        return copy;
    }

    @Test
    void the_condition_keeps_an_update_from_creating_an_item() {
        UpdateItemRequest missing = new StatusChange(ReviewStatus.SCREENED, "Ana", NOW, "")
                .request(table, UUID.randomUUID().toString());

        assertThatThrownBy(() -> client.updateItem(missing)).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(2);
    }

    @Test
    void bad_input_is_one_line_with_the_exit_code_of_a_wrong_command_line() {
        String unknown = References.of(UUID.randomUUID());

        Cli.Result notFound = status("--ref", unknown, "--set", "screened", "--lang", "es");
        Cli.Result badStatus = status("--ref", reference(sending), "--set", "approved");
        Cli.Result badRef = status("--ref", "12345", "--set", "screened", "--lang", "de");
        Cli.Result newIsNoDecision = status("--ref", reference(sending), "--set", "new");

        assertThat(notFound.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notFound.err().strip()).contains("No hay ninguna solicitud con la referencia " + unknown);
        assertThat(badStatus.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badStatus.err()).contains("--set: use one of screened, on-hold, accepted, refused, not 'approved'");
        assertThat(badRef.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badRef.err()).contains("MSME-XXXX-XXXX, nicht „12345“");
        assertThat(newIsNoDecision.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(stored(sending)).as("nothing written").isEqualTo(sending);
    }

    @Test
    void the_form_functions_never_read_the_status() throws IOException {
        try (Stream<Path> sources = Files.walk(repositoryRoot().resolve("lambda/src/main"))) {
            List<Path> readers = sources.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    return text.contains(ReviewStatus.ATTRIBUTE) || text.contains(ReviewStatus.HISTORY);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(readers).isEmpty();
        }
    }
}
