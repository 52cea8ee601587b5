package eu.mobilisesme.review.table;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Reading every item, and deleting single items or some of their attributes, for GDPR requests only: no index holds e-mail addresses, and
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

    /**
     * Removes some attributes of one submission, keeping the rest. The condition keeps a submission deleted in the
     * meantime from coming back as a bare key; it is no error then.
     */
    public void remove(String id, List<String> attributes) {
        Map<String, String> names = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            names.put("#a" + i, attributes.get(i));
            paths.add("#a" + i);
        }
        names.put("#id", SubmissionAttributes.ID);
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(id)))
                    .updateExpression("REMOVE " + String.join(", ", paths))
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(names));
        } catch (ConditionalCheckFailedException gone) {
            // already deleted: nothing of theirs left
        } catch (SdkException e) {
            throw ReviewException.of(ExitCode.TABLE, e, "error.tableChange", id, table, e.getMessage());
        }
    }

    /** Deletes one submission by id; deleting one that is already gone is no error. */
    public void delete(String id) {
        try {
            client.deleteItem(b -> b.tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(id))));
        } catch (SdkException e) {
            throw ReviewException.of(ExitCode.TABLE, e, "error.tableDelete", id, table, e.getMessage());
        }
    }
}
