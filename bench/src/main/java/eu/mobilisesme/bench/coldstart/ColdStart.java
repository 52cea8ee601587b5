package eu.mobilisesme.bench.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One cold start, in a fresh JVM: build a handler through its public no-argument constructor (settings from the
 * environment, as on Lambda), send it one valid JSON submission, and print how long after the JVM started the
 * answer came, and the CPU time the JVM used by then (all threads; steadier than wall time on a busy machine).
 * Only then, untimed, it checks the answer was 201 and the item is in the table.
 *
 * <p>Arguments: handler class, event body file (from {@link ColdStartSetup}), submission id, and optionally
 * {@code --snapstart}: then the handler's SnapStart priming runs after construction, untimed, and what counts is
 * the first request after it (the restored function's first request; JVM-start figures mean nothing then). Runs on
 * the shaded jar plus this class for our handlers, and on the baseline classpath for {@link BaselineHandler}.
 */
public final class ColdStart {

    /** Printed the moment the answer is back; the script counts the classes loaded before this line. */
    public static final String MARKER = "cold-start: answered";

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        String body = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)
                .replace(ColdStartSetup.ID_PLACEHOLDER, args[2]);
        APIGatewayV2HTTPEvent event = event(body);

        long mainNanos = System.nanoTime();
        long mainMillis = System.currentTimeMillis();
        @SuppressWarnings("unchecked")
        var handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                Class.forName(handlerClass).getConstructor().newInstance();
        boolean primed = args.length > 3 && args[3].equals("--snapstart") && SnapStartPriming.prime(handler);
        long constructedNanos = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long answeredNanos = System.nanoTime();
        long answeredMillis = System.currentTimeMillis();
        System.out.println(MARKER);
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);

        long sinceStart = JvmStart.millisSinceStart(answeredMillis);
        String id = storedId(response.getBody());
        boolean stored = response.getStatusCode() == 201 && id != null && isInTable(id);
        System.out.printf("result handler=%s primed=%s status=%d stored=%s first_stored_ms=%d main_ms=%d"
                        + " construct_ms=%d request_ms=%d cpu_ms=%d raw_start_instant_ms=%d%n",
                handlerClass.substring(handlerClass.lastIndexOf('.') + 1), primed, response.getStatusCode(), stored,
                sinceStart, sinceStart - (answeredMillis - mainMillis),
                (constructedNanos - mainNanos) / 1_000_000, (answeredNanos - constructedNanos) / 1_000_000, cpuMillis,
                JvmStart.rawMillisSinceStart(answeredMillis));
        if (!stored) {
            System.err.println("cold-start: expected 201 and a stored item, got " + response.getStatusCode() + " "
                    + response.getBody());
            System.exit(1);
        }
    }

    /** The request the site's script sends, as API Gateway (HTTP API, payload 2.0) hands it over. */
    private static APIGatewayV2HTTPEvent event(String body) {
        var http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod("POST");
        http.setPath("/api/apply");
        var context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        var event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath("/api/apply");
        event.setHeaders(Map.of("content-type", "application/json", "accept", "application/json",
                "origin", System.getenv("ALLOWED_ORIGINS")));
        event.setBody(body);
        event.setIsBase64Encoded(false);
        event.setRequestContext(context);
        return event;
    }

    private static String storedId(String responseBody) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(responseBody == null ? "" : responseBody);
        return id.find() ? id.group(1) : null;
    }

    /** A consistent read with whatever HTTP client the classpath offers; after the timing, so it costs nothing. */
    private static boolean isInTable(String id) {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(URI.create(System.getenv("DYNAMODB_ENDPOINT")))
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build()) {
            return client.getItem(b -> b.tableName(System.getenv("TABLE_NAME"))
                    .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).hasItem();
        }
    }

    /**
     * JVM start from {@code ProcessHandle.current().info().startInstant()}. On Linux the JDK derives it from the
     * boot time in {@code /proc/stat}, which has whole seconds, so every start instant is late by the same fraction
     * of a second (up to 1 s). The true boot time is now minus {@code /proc/uptime}; the difference is taken off.
     */
    static final class JvmStart {

        private JvmStart() {
        }

        static long rawMillisSinceStart(long nowMillis) {
            return nowMillis - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        }

        static long millisSinceStart(long nowMillis) {
            return rawMillisSinceStart(nowMillis) - bootTimeRoundingMillis();
        }

        private static long bootTimeRoundingMillis() {
            try {
                long now = System.currentTimeMillis();
                double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
                List<String> stat = Files.readAllLines(Path.of("/proc/stat"));
                long btime = stat.stream().filter(l -> l.startsWith("btime ")).findFirst()
                        .map(l -> Long.parseLong(l.substring(6).strip())).orElseThrow();
                return now - Math.round(uptime * 1000) - btime * 1000;
            } catch (Exception notLinux) {
                return 0;
            }
        }
    }
}
