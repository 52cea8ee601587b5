package eu.mobilisesme.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The notify function: the submissions table's stream (new submissions only, by the event filter) in, the staff
 * notice and the confirmation out. A record that could not be sent is reported as a batch item failure, so Lambda
 * retries from it and the records before it stay done; a record that keeps failing ends in the dead-letter queue.
 */
public final class NotifyHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse>, Resource {

    /** Left for the function itself after the last wait, of the time Lambda gives an invocation. */
    private static final Duration MARGIN = Duration.ofSeconds(15);

    private final Notifier notifier;
    private final MessageComposer composer;

    public NotifyHandler() {
        this(NotifySettings.fromEnvironment());
    }

    private NotifyHandler(NotifySettings settings) {
        this(settings, NotifyClients.dynamoDb(settings));
    }

    private NotifyHandler(NotifySettings settings, DynamoDbClient dynamoDb) {
        this(new Notifier(new MessageComposer(settings),
                new SesMailSender(NotifyClients.ses(settings), settings.configurationSet()),
                new NoticeClaims(dynamoDb, settings.tableName()), new RateLimit(dynamoDb, settings.tableName()),
                Clock.systemUTC(), Notifier.LEASE, duration -> Thread.sleep(duration.toMillis())),
                new MessageComposer(settings));
    }

    public NotifyHandler(Notifier notifier, MessageComposer composer) {
        this.notifier = notifier;
        this.composer = composer;
        Core.getGlobalContext().register(this);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            if (!"INSERT".equals(record.getEventName()) || record.getDynamodb() == null
                    || record.getDynamodb().getNewImage() == null) {
                continue;
            }
            Map<String, AttributeValue> item = StreamImages.toItem(record.getDynamodb().getNewImage());
            Notifier.Result result;
            try {
                result = notifier.process(item, timeLeft(context));
            } catch (RuntimeException unexpected) {
                // This record only: the others of the batch go on, and Lambda retries from this one.
                System.out.println("{\"sequence\":\"" + record.getDynamodb().getSequenceNumber()
                        + "\",\"outcome\":\"failed\",\"error\":\"" + unexpected.getClass().getSimpleName() + "\"}");
                result = Notifier.Result.RETRY;
            }
            if (result == Notifier.Result.RETRY) {
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()));
            }
        }
        return new StreamsEventResponse(failures);
    }

    private static Duration timeLeft(Context context) {
        if (context == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(MARGIN);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Before the SnapStart snapshot: compose and render a message in every language, sending nothing. */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        NotifyPriming.prime(composer, Instant.now());
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing cached differs per instance: tokens, leases and clocks are taken per record.
    }
}
