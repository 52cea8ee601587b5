package eu.mobilisesme.notify;

import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The staff's daily digest: one message listing a Brussels day's submissions, sent once however often the schedule
 * fires. The day's digest item ({@code digest#2026-12-07}) is created if absent and claimed like a submission's
 * notice, so a repeated or parallel run sends nothing more. A day without submissions sends nothing.
 */
public final class DailyDigest {

    /** The key prefix of digest items; no submission id (a UUID) can start with it, and they have no form. */
    public static final String KEY_PREFIX = "digest#";
    /** Digest items only guard against a second send: DynamoDB's TTL removes them after this. */
    static final Duration KEPT = Duration.ofDays(35);

    private final DigestSource source;
    private final MessageComposer composer;
    private final MailSender sender;
    private final NoticeClaims claims;
    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final MimeMail mime = new MimeMail();

    public DailyDigest(DigestSource source, MessageComposer composer, MailSender sender, DynamoDbClient client,
            String table, Clock clock) {
        this.source = source;
        this.composer = composer;
        this.sender = sender;
        this.claims = new NoticeClaims(client, table);
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /** What one run did. */
    public enum Result {
        SENT,
        /** The day had no submissions. */
        NOTHING_TO_SEND,
        /** An earlier run sent it (or skipped it). */
        ALREADY_SENT,
        /** Another run holds the claim or SES failed: the schedule's retry sends it. */
        RETRY
    }

    public Result send(LocalDate day) {
        List<StoredSubmission> submissions = source.receivedOn(day);
        if (submissions.isEmpty()) {
            return log(day, Result.NOTHING_TO_SEND);
        }
        String key = key(day);
        create(key);
        NoticeClaims.Claim claim = claims.claim(key, Notice.DIGEST, clock.instant(), Notifier.LEASE);
        if (claim instanceof NoticeClaims.Claim.Held) {
            return log(day, Result.RETRY);
        }
        if (!(claim instanceof NoticeClaims.Claim.Granted granted)) {
            return log(day, Result.ALREADY_SENT);
        }
        Email email = composer.digest(day, submissions);
        try {
            String messageId = sender.send(email, mime.render(email, clock.instant()));
            claims.settle(key, Notice.DIGEST, granted.token(), true, messageId, clock.instant());
            return log(day, Result.SENT);
        } catch (MailSender.SendFailedException e) {
            claims.release(key, Notice.DIGEST, granted.token());
            return log(day, Result.RETRY);
        } catch (MimeMail.UnusableAddressException e) {
            // The staff address is checked at start, so this cannot happen; never send a half-made digest.
            throw new IllegalStateException("the staff address is not usable", e);
        }
    }

    static String key(LocalDate day) {
        return KEY_PREFIX + day;
    }

    private void create(String key) {
        Instant expires = clock.instant().plus(KEPT);
        try {
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(SubmissionAttributes.ID, AttributeValue.fromS(key),
                            SubmissionAttributes.EXPIRES_AT, AttributeValue.fromN(Long.toString(expires.getEpochSecond()))))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", SubmissionAttributes.ID)));
        } catch (ConditionalCheckFailedException exists) {
            // An earlier run made it: its claim decides.
        }
    }

    private static Result log(LocalDate day, Result result) {
        System.out.println("{\"digest\":\"" + day + "\",\"outcome\":\"" + result.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + "\"}");
        return result;
    }
}
