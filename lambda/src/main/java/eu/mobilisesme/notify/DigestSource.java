package eu.mobilisesme.notify;

import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The submissions of one Brussels day, read with a scan of only the attributes a digest shows: the function's role
 * may read nothing else (no address, no typed text but the company or sender name). The table holds a few hundred
 * items a year, so a daily scan costs less than an index would.
 */
public final class DigestSource {

    /** What a digest line needs, and all the function's policy allows it to read (template.yaml; a test compares). */
    public static final List<String> ATTRIBUTES = List.of(SubmissionAttributes.ID, SubmissionAttributes.REFERENCE,
            SubmissionAttributes.FORM, SubmissionAttributes.LANG, SubmissionAttributes.RECEIVED_AT,
            SubmissionAttributes.ELIGIBILITY, SubmissionAttributes.ELIGIBILITY_REASONS, StoredSubmission.LEGAL_NAME,
            StoredSubmission.NAME, StoredSubmission.COUNTRY, StoredSubmission.CORRESPONDENCE_LANGUAGE,
            StoredSubmission.REPLY_LANGUAGE);

    private final DynamoDbClient client;
    private final String table;

    public DigestSource(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The day's submissions in the order they arrived (then by reference, for equal times). */
    public List<StoredSubmission> receivedOn(LocalDate day) {
        Instant start = day.atStartOfDay(MessageComposer.BRUSSELS).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(MessageComposer.BRUSSELS).toInstant();
        Map<String, String> names = new HashMap<>();
        StringBuilder projection = new StringBuilder();
        for (int i = 0; i < ATTRIBUTES.size(); i++) {
            names.put("#a" + i, ATTRIBUTES.get(i));
            projection.append(i == 0 ? "" : ", ").append("#a").append(i);
        }
        ScanRequest request = ScanRequest.builder().tableName(table).consistentRead(true)
                .select(Select.SPECIFIC_ATTRIBUTES).projectionExpression(projection.toString()).expressionAttributeNames(names).build();
        // Times are compared parsed, not as strings: Instant.toString writes a varying number of fraction digits.
        return client.scanPaginator(request).items().stream()
                .map(DigestSource::submission)
                .flatMap(Optional::stream)
                .filter(s -> !s.receivedAt().isBefore(start) && s.receivedAt().isBefore(end))
                .sorted(Comparator.comparing(StoredSubmission::receivedAt).thenComparing(StoredSubmission::reference))
                .toList();
    }

    private static Optional<StoredSubmission> submission(Map<String, AttributeValue> item) {
        return StoredSubmission.from(item);
    }
}
