package eu.mobilisesme.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The store contract plus what only the DynamoDB store has: the item's attributes, the indexes, conditional
 * writes, failures and priming. Runs against dynalite in every build ({@link DynamoDbSubmissionStoreTest}) and
 * against LocalStack where Docker exists ({@code -Plocalstack}).
 */
public abstract class DynamoDbStoreContract extends SubmissionStoreContract {

    protected DynamoDbClient client;
    String table;

    /** A client of the engine under test. */
    protected abstract DynamoDbClient engine();

    @Override
    protected SubmissionStore newStore() {
        this.client = engine();
        table = "store-" + UUID.randomUUID();
        SubmissionTable.ensure(client, table);
        return new DynamoDbSubmissionStore(client, table, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_company_index_holds_ids_and_participant_counts_only() {
        store.save(sending("ES", "ESB12345678", 2));

        var items = client.query(b -> b.tableName(table).indexName(SubmissionAttributes.COMPANY_INDEX)
                .keyConditionExpression("#c = :c")
                .expressionAttributeNames(Map.of("#c", SubmissionAttributes.COMPANY_KEY))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("ESB12345678")))).items();

        assertThat(items).singleElement().satisfies(item -> assertThat(item.keySet()).containsExactlyInAnyOrder(
                SubmissionAttributes.ID, SubmissionAttributes.COMPANY_KEY, SubmissionAttributes.PARTICIPANT_COUNT));
    }

    @Test
    void a_table_made_before_the_company_index_is_refused_with_what_to_do() {
        String old = "old-" + UUID.randomUUID();
        client.createTable(b -> b.tableName(old).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                .keySchema(k -> k.attributeName("id").keyType("HASH")));

        assertThatThrownBy(() -> SubmissionTable.ensure(client, old)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(old).hasMessageContaining(SubmissionAttributes.COMPANY_INDEX)
                .hasMessageContaining("Delete the table");
    }

    @Test
    void a_new_submission_is_stored_with_typed_attributes() {
        Map<String, List<String>> values = Map.of("legalName", List.of("Aceites SL"), "headcount", List.of("25"),
                "targetCountries", List.of("BE", "NL"), "privacyNotice", List.of("yes"));
        String id = UUID.randomUUID().toString();
        Submission s = new Submission(id, "MSME-0000-0000", "sending", 1, "en", NOW, Submission.Channel.FORM_POST,
                values, Optional.of(EligibilityResult.of(List.of(Reason.NO_OPEN_CALL))), "hash", "v1",
                NOW.plusSeconds(60));

        assertThat(store.save(s)).isEqualTo(SaveResult.stored(s));

        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(id)))).item();
        assertThat(item.get("headcount").n()).isEqualTo("25");
        assertThat(item.get("targetCountries").ss()).containsExactlyInAnyOrder("BE", "NL");
        assertThat(item.get("privacyNotice").bool()).isTrue();
        assertThat(item.get("eligibility").s()).isEqualTo("needs-review");
        assertThat(item.get("eligibilityReasons").ss()).containsExactly("NO_OPEN_CALL");
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.plusSeconds(60).getEpochSecond()));
        assertThat(item.get("channel").s()).isEqualTo("form-post");
    }

    @Test
    void saving_the_same_submission_again_changes_nothing_but_the_retry_time() {
        String id = UUID.randomUUID().toString();
        store.save(contact(id, "A question about the programme.", NOW));

        assertThat(store.save(contact(id, "A question about the programme.", NOW.plusSeconds(5))))
                .isEqualTo(SaveResult.alreadyStored(Optional.empty()));
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(id)))).item();
        assertThat(item.get("receivedAt").s()).isEqualTo(SubmissionAttributes.timestamp(NOW));
        assertThat(item.get("lastRetryAt").s()).isEqualTo(SubmissionAttributes.timestamp(NOW));
    }

    @Test
    void a_retry_of_an_item_whose_outcome_this_version_does_not_know_reads_as_needs_review() {
        Submission first = withEligibility(sending("ES", "ESB12345678", 1),
                EligibilityResult.of(List.of(Reason.SHORT_TENURE)));
        store.save(first);
        // As a later version might write it: an outcome and a reason this one has never heard of.
        client.updateItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(first.id())))
                .updateExpression("SET #e = :e, #r = :r")
                .expressionAttributeNames(Map.of("#e", SubmissionAttributes.ELIGIBILITY,
                        "#r", SubmissionAttributes.ELIGIBILITY_REASONS))
                .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("waitlisted"),
                        ":r", AttributeValue.fromSs(List.of("SHORT_TENURE", "QUOTA_REACHED")))));

        SaveResult retried = store.save(first);

        assertThat(retried.kind()).isEqualTo(SaveResult.Kind.ALREADY_STORED);
        assertThat(retried.eligibility()).contains(new EligibilityResult(
                eu.mobilisesme.forms.eligibility.Outcome.NEEDS_REVIEW, List.of(Reason.SHORT_TENURE)));
    }

    @Test
    void another_content_under_a_taken_id_is_a_conflict_and_keeps_the_first() {
        String id = UUID.randomUUID().toString();
        store.save(contact(id, "The first question, as sent.", NOW));

        assertThat(store.save(contact(id, "Something else entirely.", NOW))).isEqualTo(SaveResult.conflict());
        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id)))).item()
                .get("message").s()).isEqualTo("The first question, as sent.");
    }

    @Test
    void a_forms_submissions_are_listed_by_date_through_the_index() {
        for (int day = 1; day <= 5; day++) {
            store.save(contact(UUID.randomUUID().toString(), "Question number " + day + " for you.",
                    Instant.parse("2026-11-0" + day + "T12:00:00Z")));
        }

        var page = client.query(b -> b.tableName(table).indexName(SubmissionAttributes.FORM_DATE_INDEX)
                .keyConditionExpression("#f = :f AND #r BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#f", "form", "#r", "receivedAt"))
                .expressionAttributeValues(Map.of(":f", AttributeValue.fromS("contact"),
                        ":from", AttributeValue.fromS("2026-11-02"), ":to", AttributeValue.fromS("2026-11-04T99"))));

        assertThat(page.items()).extracting(i -> i.get("receivedAt").s()).containsExactly(
                "2026-11-02T12:00:00.000Z", "2026-11-03T12:00:00.000Z", "2026-11-04T12:00:00.000Z");
    }

    @Test
    void an_unreachable_table_is_a_storage_failure_never_a_result() {
        DynamoDbClient nowhere = DynamoDbClient.builder().region(Region.EU_WEST_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        DynamoDbSubmissionStore down = new DynamoDbSubmissionStore(nowhere, table, Clock.systemUTC());

        assertThatThrownBy(() -> down.save(contact(UUID.randomUUID().toString(), "Is anyone there at all?", NOW)))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> down.participantsSent("ESB12345678", UUID.randomUUID().toString(), 2))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void a_priming_request_is_stopped_before_it_is_sent() {
        DynamoDbClient unreachable = client(URI.create("http://127.0.0.1:9"), new StopBeforeSending());

        // A request that was sent would fail to connect instead.
        assertThatThrownBy(() -> unreachable.putItem(b -> b.tableName(table)
                .item(Map.of("id", AttributeValue.fromS("priming")))
                .overrideConfiguration(o -> o.putExecutionAttribute(StopBeforeSending.PRIMING, Boolean.TRUE))))
                .isInstanceOf(StopBeforeSending.Stopped.class);
    }

    @Test
    void priming_takes_the_put_and_the_company_query_up_to_sending() {
        List<String> reached = new ArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                reached.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        DynamoDbClient unreachable = client(URI.create("http://127.0.0.1:9"), recorder, new StopBeforeSending());

        new DynamoDbSubmissionStore(unreachable, table, Clock.systemUTC()).prime();

        assertThat(reached).containsExactly("PutItem", "Query");
    }

    @Test
    void priming_writes_nothing() {
        store.prime();

        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }

    @Test
    void priming_without_the_stopping_interceptor_writes_nothing_either() {
        URI endpoint = client.serviceClientConfiguration().endpointOverride().orElseThrow();
        new DynamoDbSubmissionStore(client(endpoint), table, Clock.systemUTC()).prime();

        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }

    private static DynamoDbClient client(URI endpoint, ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().region(Region.EU_WEST_1).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void a_missing_table_is_a_storage_failure() {
        DynamoDbSubmissionStore missing = new DynamoDbSubmissionStore(client, "no-such-table", Clock.systemUTC());

        assertThatThrownBy(() -> missing.save(contact(UUID.randomUUID().toString(), "Where does this go?", NOW)))
                .isInstanceOf(StorageUnavailableException.class);
    }
}
