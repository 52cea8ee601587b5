package eu.mobilisesme.e2e;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.Forms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** What the handlers stored, read straight from the table as staff exports would see it. */
final class Submissions {

    private final DynamoDbClient client;
    private final String table;

    Submissions(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Every stored item whose attribute {@code name} is the string {@code value}. */
    List<Map<String, AttributeValue>> where(String name, String value) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = client.scan(ScanRequest.builder().tableName(table)
                    .filterExpression("#n = :v")
                    .expressionAttributeNames(Map.of("#n", name))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value)))
                    .exclusiveStartKey(start)
                    .build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /**
     * The form's fields of a stored item in the shape a page posts them: numbers and strings as one value, checkbox
     * groups as their values in alphabetical order, a ticked box as "yes". Meta attributes are left out.
     */
    static Map<String, List<String>> fields(String form, Map<String, AttributeValue> item) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : Forms.byId(form).orElseThrow().fields()) {
            AttributeValue value = item.get(field.name());
            if (value == null) {
                continue;
            }
            switch (field.type()) {
                case INTEGER -> values.put(field.name(), List.of(value.n()));
                case CHECKBOXES -> values.put(field.name(), value.ss().stream().sorted().toList());
                case CONSENT -> values.put(field.name(), Boolean.TRUE.equals(value.bool()) ? List.of("yes") : List.of());
                default -> values.put(field.name(), List.of(value.s()));
            }
        }
        return values;
    }
}
