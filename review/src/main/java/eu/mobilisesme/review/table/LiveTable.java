package eu.mobilisesme.review.table;

import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.Texts;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The live table, read through the {@code byFormAndDate} index: one Query per form, with the date range as a
 * key condition on {@code receivedAt}, so staff never pay for a full scan to list submissions.
 *
 * <p>{@code receivedAt} is stored as ISO-8601 text whose fraction varies in length, so text order is not quite time
 * order at a second's edge: the key condition asks for one second more on each side, and the filter then decides
 * exactly.
 */
public final class LiveTable implements ItemSource {

    private final DynamoDbClient client;
    private final String table;
    private final ItemFilter filter;
    private final Clock clock;
    private Instant now;

    public LiveTable(DynamoDbClient client, String table, ItemFilter filter, Clock clock) {
        this.client = client;
        this.table = table;
        this.filter = filter;
        this.clock = clock;
    }

    @Override
    public void forEach(Consumer<Item> sink) {
        List<String> forms = filter.forms().isEmpty() ? Forms.all().stream().map(FormDefinition::id).toList()
                : Forms.all().stream().map(FormDefinition::id).filter(filter.forms()::contains).toList();
        for (String form : forms) {
            try {
                client.queryPaginator(query(form)).items().forEach(item -> sink.accept(new Item(item)));
            } catch (SdkException e) {
                throw failure(table, e);
            }
        }
    }

    QueryRequest query(String form) {
        Map<String, String> names = new HashMap<>(Map.of("#form", SubmissionAttributes.FORM));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":form", AttributeValue.fromS(form)));
        String condition = "#form = :form";
        if (filter.from() != null || filter.to() != null) {
            names.put("#at", SubmissionAttributes.RECEIVED_AT);
            String low = filter.start().map(s -> s.minusSeconds(1).toString()).orElse("0");
            String high = filter.endExclusive().map(e -> e.plusSeconds(1).toString()).orElse("9");
            values.put(":low", AttributeValue.fromS(low));
            values.put(":high", AttributeValue.fromS(high));
            condition += " AND #at BETWEEN :low AND :high";
        }
        return QueryRequest.builder()
                .tableName(table)
                .indexName(SubmissionAttributes.FORM_DATE_INDEX)
                .keyConditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }

    @Override
    public synchronized Instant stateTime() {
        if (now == null) {
            now = clock.instant();
        }
        return now;
    }

    @Override
    public String describe() {
        return describe(Texts.of("en"));
    }

    @Override
    public String describe(Texts texts) {
        return texts.format("source.table", table);
    }

    static ReviewException failure(String table, SdkException e) {
        if (e instanceof ResourceNotFoundException) {
            return ReviewException.of(ExitCode.TABLE, e, "error.tableNotFound", table,
                    SubmissionAttributes.FORM_DATE_INDEX);
        }
        if (e instanceof SdkClientException && e.getMessage() != null
                && e.getMessage().contains("Unable to load credentials")) {
            return ReviewException.of(ExitCode.TABLE, e, "error.credentials", table);
        }
        return ReviewException.of(ExitCode.TABLE, e, "error.tableRead", table, e.getMessage());
    }
}
