package eu.mobilisesme.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends a stored submission's two messages, each exactly once: claim it on the item, (for the confirmation) take
 * the address's daily window, render, send, settle. Free of Lambda types, so the stream handler and the local
 * preview run the same code.
 */
public final class Notifier {

    /** Longer than a send can take (the SES client gives up after 10 s), short enough for a retry to wait out. */
    public static final Duration LEASE = Duration.ofSeconds(20);

    private final MessageComposer composer;
    private final MimeMail mime;
    private final MailSender sender;
    private final NoticeClaims claims;
    private final RateLimit rateLimit;
    private final Clock clock;
    private final Duration lease;
    private final Pause pause;

    /** Waits for another attempt's lease to end; tests pass a clock-moving one. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Notifier(MessageComposer composer, MailSender sender, NoticeClaims claims, RateLimit rateLimit,
            Clock clock, Duration lease, Pause pause) {
        this.composer = composer;
        this.mime = new MimeMail();
        this.sender = sender;
        this.claims = claims;
        this.rateLimit = rateLimit;
        this.clock = clock;
        this.lease = lease;
        this.pause = pause;
    }

    /** What became of one stream record. */
    public enum Result {
        /** Both messages are sent or settled (or the item is not a submission): the record is done. */
        DONE,
        /** A message could not be sent now: retry the record later. */
        RETRY
    }

    /**
     * @param item the submission item as stored (the stream record's new image)
     * @param timeLeft how long this call may wait for another attempt's lease to end
     */
    public Result process(Map<String, AttributeValue> item, Duration timeLeft) {
        Optional<StoredSubmission> found = StoredSubmission.from(item);
        if (found.isEmpty()) {
            return Result.DONE;
        }
        StoredSubmission submission = found.get();
        Instant deadline = clock.instant().plus(timeLeft);
        boolean staff = deliver(submission, Notice.STAFF, Optional.of(composer.staffNotice(submission)), deadline);
        boolean confirmation = deliver(submission, Notice.CONFIRMATION, composer.confirmation(submission), deadline);
        return staff && confirmation ? Result.DONE : Result.RETRY;
    }

    private boolean deliver(StoredSubmission submission, Notice notice, Optional<Email> email, Instant deadline) {
        try {
            NoticeClaims.Claim claim = claims.claim(submission.id(), notice, clock.instant(), lease);
            while (claim instanceof NoticeClaims.Claim.Held) {
                // Another attempt (one that crashed, or a parallel one) holds it: wait for its lease, if time allows.
                if (clock.instant().plus(lease).isAfter(deadline)) {
                    log(submission, notice, "held");
                    return false;
                }
                pause.sleep(lease);
                claim = claims.claim(submission.id(), notice, clock.instant(), lease);
            }
            if (claim instanceof NoticeClaims.Claim.Granted granted) {
                return send(submission, notice, email, granted.token());
            }
            log(submission, notice, "already-settled");
            return true;
        } catch (SdkException e) {
            log(submission, notice, "table-unavailable");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean send(StoredSubmission submission, Notice notice, Optional<Email> email, String token) {
        Instant now = clock.instant();
        if (email.isEmpty()) {
            return skip(submission, notice, token, "no-address", now);
        }
        byte[] message;
        try {
            message = mime.render(email.get(), now);
        } catch (MimeMail.UnusableAddressException e) {
            return skip(submission, notice, token, "unusable-address", now);
        }
        if (notice == Notice.CONFIRMATION && !rateLimit.acquire(email.get().to(), submission.id(), now)) {
            return skip(submission, notice, token, "rate-limited", now);
        }
        String messageId;
        try {
            messageId = sender.send(email.get(), message);
        } catch (MailSender.SendFailedException e) {
            claims.release(submission.id(), notice, token);
            log(submission, notice, "send-failed");
            return false;
        }
        claims.settle(submission.id(), notice, token, true, messageId, clock.instant());
        log(submission, notice, "sent");
        return true;
    }

    private boolean skip(StoredSubmission submission, Notice notice, String token, String why, Instant now) {
        claims.settle(submission.id(), notice, token, false, why, now);
        log(submission, notice, why);
        return true;
    }

    /** One JSON line: ids and outcomes only, never an address or a typed value. */
    private static void log(StoredSubmission submission, Notice notice, String outcome) {
        System.out.println("{\"submission\":\"" + submission.id() + "\",\"notice\":\""
                + notice.name().toLowerCase(Locale.ROOT)
                + "\",\"outcome\":\"" + outcome + "\"}");
    }
}
