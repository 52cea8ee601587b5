package eu.mobilisesme.submission;

import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Stores submissions with conditional writes only, so the functions need no read permission on the table: a put
 * that never overwrites, and on a taken id an update that succeeds only if the stored content hash is the same.
 * The one read is a query of the company index, which holds ids and participant counts and nothing personal.
 */
public final class DynamoDbSubmissionStore implements SubmissionStore {

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbSubmissionStore(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public SaveResult save(Submission submission) {
        try {
            client.putItem(put(SubmissionItemMapper.toItem(submission), "attribute_not_exists(#id)").build());
            return SaveResult.stored(submission);
        } catch (ConditionalCheckFailedException taken) {
            return replay(submission);
        } catch (SdkException e) {
            throw new StorageUnavailableException("put failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public int participantsSent(String companyKey, String excludingId, int enough) {
        int counted = 0;
        Map<String, AttributeValue> from = null;
        try {
            do {
                QueryResponse page = client.query(companyQuery(companyKey, from, enough + 1).build());
                for (Map<String, AttributeValue> application : page.items()) {
                    if (!excludingId.equals(application.get(SubmissionAttributes.ID).s())) {
                        counted += participants(application);
                    }
                }
                from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (from != null && counted < enough);
        } catch (SdkException e) {
            throw new StorageUnavailableException("company query failed: " + e.getClass().getSimpleName(), e);
        }
        return counted;
    }

    /** A stored count is 1 or 2; anything else was not written by this backend and counts as one person. */
    private static int participants(Map<String, AttributeValue> application) {
        AttributeValue count = application.get(SubmissionAttributes.PARTICIPANT_COUNT);
        return count != null && "2".equals(count.s()) ? 2 : 1;
    }

    /** At most {@code limit} applications a page: each sends at least one person, so a few pages settle it. */
    private QueryRequest.Builder companyQuery(String companyKey, Map<String, AttributeValue> from, int limit) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(SubmissionAttributes.COMPANY_INDEX)
                .keyConditionExpression("#company = :company")
                .expressionAttributeNames(Map.of("#company", SubmissionAttributes.COMPANY_KEY))
                .expressionAttributeValues(Map.of(":company", AttributeValue.fromS(companyKey)))
                .limit(limit)
                .exclusiveStartKey(from);
    }

    /**
     * Runs a put and a company query shaped like real ones through the SDK and stops them before they are sent (the
     * client must carry {@link StopBeforeSending}), so the first submission finds those paths loaded. The put's
     * condition can never hold, so even a client without the interceptor writes nothing, and a failure only leaves
     * the first submission unprimed.
     */
    @Override
    public void prime() {
        Map<String, AttributeValue> item = Map.of(
                SubmissionAttributes.ID, AttributeValue.fromS("priming"),
                SubmissionAttributes.FORM_VERSION, AttributeValue.fromN("1"),
                SubmissionAttributes.ELIGIBILITY_REASONS, AttributeValue.fromSs(java.util.List.of("priming")),
                "privacyNotice", AttributeValue.fromBool(true));
        try {
            client.putItem(put(item, "attribute_not_exists(#id) AND attribute_exists(#id)")
                    .overrideConfiguration(o -> o.putExecutionAttribute(StopBeforeSending.PRIMING, Boolean.TRUE))
                    .build());
        } catch (StopBeforeSending.Stopped expected) {
            // Stopped before sending: nothing was written.
        } catch (SdkException notStopped) {
            // No interceptor: refused by the condition, or not sent at all. Priming is best effort.
        }
        try {
            client.query(companyQuery("priming", null, 1)
                    .overrideConfiguration(o -> o.putExecutionAttribute(StopBeforeSending.PRIMING, Boolean.TRUE))
                    .build());
        } catch (StopBeforeSending.Stopped expected) {
            // Stopped before sending.
        } catch (SdkException notStopped) {
            // No interceptor: a query of a key no application has, or not sent at all.
        }
    }

    private PutItemRequest.Builder put(Map<String, AttributeValue> item, String condition) {
        return PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#id", SubmissionAttributes.ID));
    }

    /**
     * The stored item comes back (ALL_OLD) only when its content hash equals the retry's, so it holds nothing the
     * caller did not just send besides the assessment on record, which the retry's answer repeats.
     */
    private SaveResult replay(Submission submission) {
        try {
            Map<String, AttributeValue> before = client.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(submission.id())))
                    .conditionExpression("#hash = :hash")
                    .updateExpression("SET #retry = :now")
                    .expressionAttributeNames(Map.of(
                            "#hash", SubmissionAttributes.PAYLOAD_HASH, "#retry", SubmissionAttributes.LAST_RETRY_AT))
                    .expressionAttributeValues(Map.of(
                            ":hash", AttributeValue.fromS(submission.payloadHash()),
                            ":now", AttributeValue.fromS(SubmissionAttributes.timestamp(clock.instant()))))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build()).attributes();
            return SaveResult.alreadyStored(SubmissionItemMapper.eligibility(before));
        } catch (ConditionalCheckFailedException otherContent) {
            return SaveResult.conflict();
        } catch (SdkException e) {
            throw new StorageUnavailableException("replay check failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
