package eu.mobilisesme.review;

import eu.mobilisesme.review.table.TableClients;
import eu.mobilisesme.review.table.TableSettings;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the commands use from the outside world, passed in so that tests can give their own: the clock, the
 * DynamoDB client factory, the console streams and the environment variables.
 */
public record Environment(Clock clock, Function<TableSettings, DynamoDbClient> clients, InputStream in,
                          PrintStream out, PrintStream err, Map<String, String> variables) {

    public static Environment system() {
        return new Environment(Clock.systemUTC(), TableClients::build, System.in, System.out, System.err,
                System.getenv());
    }
}
