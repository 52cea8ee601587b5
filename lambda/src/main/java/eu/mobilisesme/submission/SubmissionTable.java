package eu.mobilisesme.submission;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the submissions table as {@code template.yaml} declares it, for the local preview and the tests.
 * On AWS the table comes from the template; the functions never create or alter it.
 */
public final class SubmissionTable {

    private SubmissionTable() {
    }

    /** Creates the table unless it exists, and waits until it and its indexes are active. */
    public static void ensure(DynamoDbClient client, String name) {
        try {
            client.createTable(CreateTableRequest.builder()
                    .tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute(SubmissionAttributes.ID),
                            attribute(SubmissionAttributes.FORM),
                            attribute(SubmissionAttributes.RECEIVED_AT),
                            attribute(SubmissionAttributes.COMPANY_KEY))
                    .keySchema(key(SubmissionAttributes.ID, KeyType.HASH))
                    .globalSecondaryIndexes(formDateIndex(), companyIndex())
                    .build());
        } catch (ResourceInUseException exists) {
            // Created by an earlier run: the data folder keeps it.
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
        // dynalite cannot add an index to a table, so a table from before the company index is not upgraded.
        if (!indexes(client, name).containsKey(SubmissionAttributes.COMPANY_INDEX)) {
            throw new IllegalStateException("Table " + name + " was made by an earlier version: it lacks the index "
                    + SubmissionAttributes.COMPANY_INDEX + ". Delete the table (or the local engine's data) and "
                    + "start again.");
        }
        waitUntilIndexesActive(client, name);
    }

    /** One form's submissions by date, whole: the staff tool reads them from here. */
    private static GlobalSecondaryIndex formDateIndex() {
        return GlobalSecondaryIndex.builder()
                .indexName(SubmissionAttributes.FORM_DATE_INDEX)
                .keySchema(key(SubmissionAttributes.FORM, KeyType.HASH),
                        key(SubmissionAttributes.RECEIVED_AT, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    /** A company's sending applications: ids and participant counts only, all the functions may read. */
    private static GlobalSecondaryIndex companyIndex() {
        return GlobalSecondaryIndex.builder()
                .indexName(SubmissionAttributes.COMPANY_INDEX)
                .keySchema(key(SubmissionAttributes.COMPANY_KEY, KeyType.HASH))
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes(SubmissionAttributes.PARTICIPANT_COUNT).build())
                .build();
    }

    private static Map<String, IndexStatus> indexes(DynamoDbClient client, String name) {
        Map<String, IndexStatus> statuses = new HashMap<>();
        client.describeTable(b -> b.tableName(name)).table().globalSecondaryIndexes()
                .forEach(index -> statuses.put(index.indexName(), index.indexStatus()));
        return statuses;
    }

    private static void waitUntilIndexesActive(DynamoDbClient client, String name) {
        for (int attempt = 0; attempt < 300; attempt++) {
            if (indexes(client, name).values().stream().allMatch(IndexStatus.ACTIVE::equals)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the indexes of " + name, e);
            }
        }
        throw new IllegalStateException("the indexes of table " + name + " did not become active within 30 s");
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
