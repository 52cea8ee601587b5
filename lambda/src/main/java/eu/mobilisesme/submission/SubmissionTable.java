package eu.mobilisesme.submission;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
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

    /** Creates the table unless it exists, and waits until it is active. */
    public static void ensure(DynamoDbClient client, String name) {
        try {
            client.createTable(CreateTableRequest.builder()
                    .tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute(SubmissionAttributes.ID),
                            attribute(SubmissionAttributes.FORM),
                            attribute(SubmissionAttributes.RECEIVED_AT))
                    .keySchema(key(SubmissionAttributes.ID, KeyType.HASH))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                            .indexName(SubmissionAttributes.FORM_DATE_INDEX)
                            .keySchema(key(SubmissionAttributes.FORM, KeyType.HASH),
                                    key(SubmissionAttributes.RECEIVED_AT, KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                            .build())
                    .build());
        } catch (ResourceInUseException exists) {
            // Created by an earlier run: the data folder keeps it.
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
