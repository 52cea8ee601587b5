package eu.mobilisesme.review.status;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.work.WorkTexts;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Records a status in the live table: finds the submission by its reference (no index holds references, so a Scan
 * that returns only ids; a few hundred items a month make that cheap), then one conditional UpdateItem.
 */
public final class StatusRecorder {

    private final DynamoDbClient client;
    private final String table;
    private final WorkTexts texts;

    public StatusRecorder(DynamoDbClient client, String table, WorkTexts texts) {
        this.client = client;
        this.table = table;
        this.texts = texts;
    }

    /** The id of the submission with this reference. */
    public String find(String reference) {
        ScanRequest scan = ScanRequest.builder()
                .tableName(table)
                .filterExpression("#ref = :ref")
                .projectionExpression("#id")
                .expressionAttributeNames(Map.of("#ref", SubmissionAttributes.REFERENCE, "#id", SubmissionAttributes.ID))
                .expressionAttributeValues(Map.of(":ref", AttributeValue.fromS(reference)))
                .build();
        List<String> ids = new ArrayList<>();
        try {
            client.scanPaginator(scan).items().forEach(item -> ids.add(item.get(SubmissionAttributes.ID).s()));
        } catch (SdkException e) {
            throw failure(e);
        }
        if (ids.isEmpty()) {
            throw new ReviewException(ExitCode.USAGE, texts.format("status.error.notFound", reference, table));
        }
        // References are derived from the random id; two items sharing one would be a fault worth hearing of.
        if (ids.size() > 1) {
            throw new ReviewException(ExitCode.TABLE, "Several submissions have the reference " + reference + ": "
                    + String.join(", ", ids.stream().sorted().toList()) + "; nothing was changed");
        }
        return ids.get(0);
    }

    public void record(String reference, StatusChange change) {
        String id = find(reference);
        try {
            client.updateItem(change.request(table, id));
        } catch (ConditionalCheckFailedException gone) {
            throw new ReviewException(ExitCode.TABLE, texts.format("status.error.gone", reference, table), gone);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    private ReviewException failure(SdkException e) {
        return new ReviewException(ExitCode.TABLE, "Cannot change table " + table + ": " + e.getMessage()
                + " (check your AWS credentials or the staff role, --region and --endpoint)", e);
    }
}
