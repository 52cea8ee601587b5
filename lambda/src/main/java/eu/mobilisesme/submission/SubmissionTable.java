package eu.mobilisesme.submission;

import java.time.Duration;
import java.time.Instant;
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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the submissions table as {@code template.yaml} declares it, for the local preview and the tests.
 * On AWS the table comes from the template; the functions never create or alter it.
 */
public final class SubmissionTable {

    private SubmissionTable() {
    }

    /** Creates the table unless it exists, and waits until it and its indexes are active. */
    public static void ensure(DynamoDbClient client, String name) {
        ensure(client, name, Duration.ofSeconds(30));
    }

    static void ensure(DynamoDbClient client, String name, Duration patience) {
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
        awaitActive(client, name, patience);
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

    /**
     * Polls rather than using the SDK waiter: that one sleeps 20 s between attempts and gives up only after eight
     * minutes, while a local table is active at once or never (an engine stopped mid-creation leaves it CREATING).
     */
    private static void awaitActive(DynamoDbClient client, String name, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            TableDescription table = client.describeTable(b -> b.tableName(name)).table();
            // dynalite cannot add an index to a table, so a table from before the company index is not upgraded.
            if (table.globalSecondaryIndexes().stream()
                    .noneMatch(index -> index.indexName().equals(SubmissionAttributes.COMPANY_INDEX))) {
                throw new IllegalStateException("Table " + name + " was made by an earlier version: it lacks the "
                        + "index " + SubmissionAttributes.COMPANY_INDEX + ". Delete the table (or the local engine's "
                        + "data) and start again.");
            }
            if (table.tableStatus() == TableStatus.ACTIVE && table.globalSecondaryIndexes().stream()
                    .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Table " + name + " and its indexes did not become active within "
                        + patience.toSeconds() + " s. Delete the table (or the local engine's data) and start again.");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + name, e);
            }
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
