package eu.mobilisesme.notify;

import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Who sends a submission's notice, decided on the submission item itself with conditional updates, so that a
 * stream record delivered twice, or two instances on one record, send once. A claim is {@code sending} with a
 * lease and a token, then {@code sent} or {@code skipped}. A sender that dies between claim and send leaves a
 * lease that runs out, after which a retry claims again: a crash delays a message, it never loses one. The one
 * way to send twice is SES accepting a message and the table failing in the instant before it records that.
 */
public final class NoticeClaims {

    static final String STATE = "State";
    static final String LEASE = "LeaseUntil";
    static final String TOKEN = "Token";
    static final String SETTLED_AT = "SettledAt";
    static final String MESSAGE_ID = "MessageId";

    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String SKIPPED = "skipped";

    /**
     * Every attribute a claim writes on a submission item ({@code staffNoticeState}, {@code confirmationLeaseUntil}
     * ...): bookkeeping of the notifier, which the staff tool leaves out of what staff see.
     */
    public static final java.util.List<String> ATTRIBUTES = java.util.Arrays.stream(Notice.values())
            .flatMap(notice -> java.util.stream.Stream.of(STATE, LEASE, TOKEN, SETTLED_AT, MESSAGE_ID)
                    .map(notice::attribute))
            .toList();

    private final DynamoDbClient client;
    private final String table;

    public NoticeClaims(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The outcome of a claim attempt. */
    public sealed interface Claim {
        /** This caller may send; it must {@link #settle} or {@link #release} with the token. */
        record Granted(String token) implements Claim {
        }

        /** Another attempt holds a live lease: try again after it ends. */
        record Held() implements Claim {
        }

        /** Sent or skipped already, or the submission is gone (erased): nothing to do. */
        record Settled() implements Claim {
        }
    }

    public Claim claim(String submissionId, Notice notice, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Map<String, String> names = names(notice);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":sending", AttributeValue.fromS(SENDING));
        values.put(":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())));
        values.put(":until", AttributeValue.fromN(Long.toString(now.plus(lease).toEpochMilli())));
        values.put(":token", AttributeValue.fromS(token));
        try {
            update(submissionId, "SET #state = :sending, #lease = :until, #token = :token",
                    "attribute_exists(#id) AND (attribute_not_exists(#state) OR (#state = :sending AND #lease < :now))",
                    names, values);
            return new Claim.Granted(token);
        } catch (ConditionalCheckFailedException taken) {
            return stillSending(submissionId, notice) ? new Claim.Held() : new Claim.Settled();
        }
    }

    /**
     * Whether the notice is still being sent by someone, asked with an update that writes the state it requires:
     * the function may update the table but not read it.
     */
    private boolean stillSending(String submissionId, Notice notice) {
        try {
            update(submissionId, "SET #state = :sending", "attribute_exists(#id) AND #state = :sending",
                    names(notice), Map.of(":sending", AttributeValue.fromS(SENDING)));
            return true;
        } catch (ConditionalCheckFailedException settledOrGone) {
            return false;
        }
    }

    /** Records the notice as sent (with the service's message id) or skipped; only the claim's holder may. */
    public void settle(String submissionId, Notice notice, String token, boolean sent, String messageId,
            Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":state", AttributeValue.fromS(sent ? SENT : SKIPPED));
        values.put(":token", AttributeValue.fromS(token));
        values.put(":at", AttributeValue.fromS(SubmissionAttributes.timestamp(now)));
        values.put(":message", AttributeValue.fromS(messageId));
        try {
            update(submissionId, "SET #state = :state, #at = :at, #message = :message REMOVE #lease, #token",
                    "#token = :token", names(notice), values);
        } catch (ConditionalCheckFailedException lostTheLease) {
            // The lease ran out and another attempt claimed the notice: it will settle it. Nothing to undo.
        }
    }

    /** Gives the claim up after a failed send, so that the retry need not wait for the lease to end. */
    public void release(String submissionId, Notice notice, String token) {
        try {
            update(submissionId, "REMOVE #state, #lease, #token", "#token = :token", names(notice),
                    Map.of(":token", AttributeValue.fromS(token)));
        } catch (SdkException notReleased) {
            // Refused (no longer ours) or the table failed: the lease ends by itself and the retry waits for it.
        }
    }

    private void update(String submissionId, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Map<String, String> used = new HashMap<>();
        names.forEach((placeholder, name) -> {
            if (expression.contains(placeholder) || condition.contains(placeholder)) {
                used.put(placeholder, name);
            }
        });
        client.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(submissionId)))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(used)
                .expressionAttributeValues(values)
                .build());
    }

    private static Map<String, String> names(Notice notice) {
        return Map.of("#id", SubmissionAttributes.ID,
                "#state", notice.attribute(STATE),
                "#lease", notice.attribute(LEASE),
                "#token", notice.attribute(TOKEN),
                "#at", notice.attribute(SETTLED_AT),
                "#message", notice.attribute(MESSAGE_ID));
    }

}
