package eu.mobilisesme.review.table;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading every item and deleting single items, for GDPR requests only: no index holds e-mail addresses, and
 * they must be compared without regard to case, which DynamoDB's filters cannot do.
 */
public final class TableScan {

    private final DynamoDbClient client;
    private final String table;

    public TableScan(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    public void forEach(Consumer<Item> sink) {
        try {
            client.scanPaginator(b -> b.tableName(table)).items().forEach(item -> sink.accept(new Item(item)));
        } catch (SdkException e) {
            throw LiveTable.failure(table, e);
        }
    }

    /** Deletes one submission by id; deleting one that is already gone is no error. */
    public void delete(String id) {
        try {
            client.deleteItem(b -> b.tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(id))));
        } catch (SdkException e) {
            throw new ReviewException(ExitCode.TABLE, "Cannot delete submission " + id + " from " + table + ": "
                    + e.getMessage(), e);
        }
    }
}
