package eu.mobilisesme.review.status;

import eu.mobilisesme.review.work.ReviewStatus;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One decision of staff on one submission: the new status, who decided, when, and an optional note. As a request
 * it touches only {@link ReviewStatus#ATTRIBUTES} (besides the key it names), and only an item that exists: an
 * UpdateItem on a missing key would otherwise create an item holding nothing but a status.
 */
public record StatusChange(ReviewStatus status, String by, Instant at, String note) {

    public StatusChange {
        note = note == null ? "" : note.strip();
    }

    /** The history entry: {time, by, status[, note]}. */
    Map<String, AttributeValue> entry() {
        Map<String, AttributeValue> entry = new LinkedHashMap<>();
        entry.put("time", AttributeValue.fromS(SubmissionAttributes.timestamp(at)));
        entry.put("by", AttributeValue.fromS(by));
        entry.put("status", AttributeValue.fromS(status.code()));
        if (!note.isEmpty()) {
            entry.put("note", AttributeValue.fromS(note));
        }
        return entry;
    }

    /** The UpdateItem that records this change on the submission with this id. */
    public UpdateItemRequest request(String table, String id) {
        return UpdateItemRequest.builder()
                .tableName(table)
                .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(id)))
                .updateExpression("SET #status = :status, #history = list_append(if_not_exists(#history, :none), "
                        + ":entry)")
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(Map.of("#status", ReviewStatus.ATTRIBUTE, "#history", ReviewStatus.HISTORY,
                        "#id", SubmissionAttributes.ID))
                .expressionAttributeValues(Map.of(
                        ":status", AttributeValue.fromS(status.code()),
                        ":none", AttributeValue.fromL(List.of()),
                        ":entry", AttributeValue.fromL(List.of(AttributeValue.fromM(entry())))))
                .returnValues(ReturnValue.NONE)
                .build();
    }
}
