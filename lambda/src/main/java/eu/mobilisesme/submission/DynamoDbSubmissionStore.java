package eu.mobilisesme.submission;

import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Stores submissions with conditional writes only, so the functions need no read permission: a put that never
 * overwrites, and on a taken id an update that succeeds only if the stored content hash is the same.
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
            return SaveResult.STORED;
        } catch (ConditionalCheckFailedException taken) {
            return replay(submission);
        } catch (SdkException e) {
            throw new StorageUnavailableException("put failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Runs a put shaped like a real one through the SDK and stops it before it is sent (the client must carry
     * {@link StopBeforeSending}), so the first save finds that path loaded. Its condition can never hold, so even a
     * client without the interceptor writes nothing, and a failure only leaves the first save unprimed.
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
    }

    private PutItemRequest.Builder put(Map<String, AttributeValue> item, String condition) {
        return PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#id", SubmissionAttributes.ID));
    }

    private SaveResult replay(Submission submission) {
        try {
            client.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(submission.id())))
                    .conditionExpression("#hash = :hash")
                    .updateExpression("SET #retry = :now")
                    .expressionAttributeNames(Map.of(
                            "#hash", SubmissionAttributes.PAYLOAD_HASH, "#retry", SubmissionAttributes.LAST_RETRY_AT))
                    .expressionAttributeValues(Map.of(
                            ":hash", AttributeValue.fromS(submission.payloadHash()),
                            ":now", AttributeValue.fromS(SubmissionAttributes.timestamp(clock.instant()))))
                    .build());
            return SaveResult.ALREADY_STORED;
        } catch (ConditionalCheckFailedException otherContent) {
            return SaveResult.CONFLICT;
        } catch (SdkException e) {
            throw new StorageUnavailableException("replay check failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
