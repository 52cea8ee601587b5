package eu.mobilisesme.config;

import static eu.mobilisesme.config.Environment.malformed;
import static eu.mobilisesme.config.Environment.missing;
import static eu.mobilisesme.config.Environment.optional;
import static eu.mobilisesme.config.Environment.require;

import eu.mobilisesme.forms.eligibility.CallWindow;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting of the form backend, read once from the environment. A missing or malformed setting stops the
 * start with a message that names it, rather than failing on the first submission.
 *
 * @param allowedOrigins origins whose browsers may post; a request without {@code Origin} is accepted
 * @param dynamoDbEndpoint set locally (dynalite, LocalStack); absent on AWS
 * @param callWindow the dates of an open call; absent when no call is open
 * @param originSecret the value CloudFront sends in {@link #ORIGIN_SECRET_HEADER}, so that only requests through the
 *     distribution are taken; absent locally, where the check is off
 */
public record Config(
        String tableName,
        Set<String> allowedOrigins,
        Duration retention,
        String region,
        Optional<URI> dynamoDbEndpoint,
        Optional<CallWindow> callWindow,
        Optional<String> originSecret) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String ALLOWED_ORIGINS = "ALLOWED_ORIGINS";
    public static final String RETENTION_DAYS = "RETENTION_DAYS";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    public static final String CALL_WINDOW = "CALL_WINDOW";
    public static final String ORIGIN_SECRET = "ORIGIN_SECRET";
    /** The request header CloudFront adds to every request it forwards to the API (lower case, as events carry it). */
    public static final String ORIGIN_SECRET_HEADER = "x-origin-secret";
    /** Shorter secrets are guessable; CloudFormation's parameter asks for the same. */
    static final int MIN_ORIGIN_SECRET_LENGTH = 32;

    /** Set in {@code template.yaml} for every function ({@code AWS_REGION} comes from Lambda itself). */
    public static final List<String> REQUIRED_VARIABLES = List.of(TABLE_NAME, ALLOWED_ORIGINS, RETENTION_DAYS);
    public static final List<String> OPTIONAL_VARIABLES = List.of(CALL_WINDOW, DYNAMODB_ENDPOINT, ORIGIN_SECRET);

    /** Region used when a local endpoint is set and no region is: dynalite accepts any. */
    static final String LOCAL_REGION = "eu-west-1";

    public Config {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        Optional<URI> endpoint = optional(env, DYNAMODB_ENDPOINT).map(value -> uri(DYNAMODB_ENDPOINT, value));
        String region = optional(env, AWS_REGION)
                .or(() -> endpoint.map(e -> LOCAL_REGION))
                .orElseThrow(() -> missing(AWS_REGION));
        return new Config(
                require(env, TABLE_NAME),
                origins(require(env, ALLOWED_ORIGINS)),
                Duration.ofDays(positive(RETENTION_DAYS, require(env, RETENTION_DAYS))),
                region,
                endpoint,
                optional(env, CALL_WINDOW).map(value -> callWindow(value)),
                optional(env, ORIGIN_SECRET).map(Config::originSecret));
    }

    /** Without the secret's value, so that it never reaches a log. */
    @Override
    public String toString() {
        return "Config[tableName=" + tableName + ", allowedOrigins=" + allowedOrigins + ", retention=" + retention
                + ", region=" + region + ", dynamoDbEndpoint=" + dynamoDbEndpoint + ", callWindow=" + callWindow
                + ", originSecret=" + originSecret.map(s -> "(set)").orElse("(off)") + "]";
    }

    static String originSecret(String value) {
        if (value.length() < MIN_ORIGIN_SECRET_LENGTH || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw malformed(ORIGIN_SECRET, "expected at least " + MIN_ORIGIN_SECRET_LENGTH
                    + " visible ASCII characters (the value is not shown here)");
        }
        return value;
    }

    private static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0 && number <= 36_500) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed(name, "expected a whole number of days between 1 and 36500, got '" + value + "'");
    }

    static Set<String> origins(String value) {
        Set<String> origins = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        for (String origin : origins) {
            URI uri = uri(ALLOWED_ORIGINS, origin);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())
                    || uri.getQuery() != null || origin.endsWith("/")) {
                throw malformed(ALLOWED_ORIGINS,
                        "expected origins such as https://www.example.eu (scheme and host, no path), got '"
                                + origin + "'");
            }
        }
        if (origins.isEmpty()) {
            throw malformed(ALLOWED_ORIGINS, "expected at least one origin");
        }
        return origins;
    }

    private static URI uri(String name, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw malformed(name, "expected an absolute URL, got '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw malformed(name, "expected a URL, got '" + value + "'");
        }
    }

    static CallWindow callWindow(String value) {
        try {
            return CallWindow.parse(value);
        } catch (IllegalArgumentException e) {
            throw malformed(CALL_WINDOW, e.getMessage() + ", got '" + value + "'");
        }
    }
}
