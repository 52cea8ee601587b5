package eu.mobilisesme.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The digest function, run by a daily schedule: the previous Brussels day's submissions in one staff message.
 * Staff may invoke it by hand with {@code {"day": "2026-12-07"}} to have a past day's digest (sent once all the
 * same). A run that could not send fails, so that the schedule retries it.
 */
public final class DigestHandler implements RequestHandler<Map<String, Object>, String> {

    private final DailyDigest digest;
    private final Clock clock;

    public DigestHandler() {
        this(NotifySettings.fromEnvironment(), Clock.systemUTC());
    }

    private DigestHandler(NotifySettings settings, Clock clock) {
        this(digest(settings, clock), clock);
    }

    public DigestHandler(DailyDigest digest, Clock clock) {
        this.digest = digest;
        this.clock = clock;
    }

    private static DailyDigest digest(NotifySettings settings, Clock clock) {
        var dynamoDb = NotifyClients.dynamoDb(settings);
        return new DailyDigest(new DigestSource(dynamoDb, settings.tableName()), new MessageComposer(settings),
                new SesMailSender(NotifyClients.ses(settings), settings.configurationSet()), dynamoDb,
                settings.tableName(), clock);
    }

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        DailyDigest.Result result = digest.send(day(input));
        if (result == DailyDigest.Result.RETRY) {
            throw new IllegalStateException("digest not sent yet: the schedule retries");
        }
        return result.name();
    }

    /** The day asked for, or yesterday in Brussels. */
    LocalDate day(Map<String, Object> input) {
        Object asked = input == null ? null : input.get("day");
        if (asked instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"day\" must be a date such as 2026-12-07", e);
            }
        }
        return LocalDate.ofInstant(clock.instant(), MessageComposer.BRUSSELS).minusDays(1);
    }
}
