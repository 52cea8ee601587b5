package eu.mobilisesme.notify;

import eu.mobilisesme.submission.SubmissionAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * At most one confirmation per address in 24 hours, across every instance: a rate item per address in the
 * submissions table, written only if none is live or this submission holds it (so its own retry passes). The
 * item's key is a hash of the address, never the address, and DynamoDB's TTL removes it after the window.
 * Rate items have no {@code form}: the stream filter and {@link StoredSubmission} pass them by.
 */
public final class RateLimit {

    public static final Duration WINDOW = Duration.ofHours(24);
    /** The key prefix of rate items; no submission id (a UUID) can start with it. */
    public static final String KEY_PREFIX = "confirmation-rate#";
    static final String HOLDER = "heldBy";

    private final DynamoDbClient client;
    private final String table;

    public RateLimit(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Takes the address's window for this submission; false when another submission holds it. */
    public boolean acquire(String address, String submissionId, Instant now) {
        try {
            client.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(key(address))))
                    .updateExpression("SET #holder = :holder, #expires = :expires")
                    .conditionExpression("attribute_not_exists(#id) OR #expires <= :now OR #holder = :holder")
                    .expressionAttributeNames(Map.of("#id", SubmissionAttributes.ID, "#holder", HOLDER,
                            "#expires", SubmissionAttributes.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(
                            ":holder", AttributeValue.fromS(submissionId),
                            ":expires", AttributeValue.fromN(Long.toString(now.plus(WINDOW).getEpochSecond())),
                            ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException limited) {
            return false;
        }
    }

    /** The address as compared: NFC, lower case; then SHA-256, so the table holds no address in clear. */
    public static String key(String address) {
        String normal = Normalizer.normalize(address.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
