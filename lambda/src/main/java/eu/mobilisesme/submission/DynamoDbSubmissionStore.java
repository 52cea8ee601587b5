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
            client.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(SubmissionItemMapper.toItem(submission))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", SubmissionAttributes.ID))
                    .build());
            return SaveResult.STORED;
        } catch (ConditionalCheckFailedException taken) {
            return replay(submission);
        } catch (SdkException e) {
            throw new StorageUnavailableException("put failed: " + e.getClass().getSimpleName(), e);
        }
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
