package eu.mobilisesme.config;

import eu.mobilisesme.submission.DynamoDbSubmissionStore;
import eu.mobilisesme.submission.StopBeforeSending;
import eu.mobilisesme.submission.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Builds the clients once per container; the only place that knows how the pieces fit together. */
public record Dependencies(Config config, SubmissionStore store, Clock clock) {

    private static volatile Dependencies fromEnvironment;

    /** The process-wide instance, built from the environment on first use. */
    public static Dependencies fromEnvironment() {
        Dependencies instance = fromEnvironment;
        if (instance == null) {
            synchronized (Dependencies.class) {
                instance = fromEnvironment;
                if (instance == null) {
                    instance = of(Config.fromEnvironment());
                    fromEnvironment = instance;
                }
            }
        }
        return instance;
    }

    public static Dependencies of(Config config) {
        Clock clock = Clock.systemUTC();
        return new Dependencies(config, new DynamoDbSubmissionStore(dynamoDb(config), config.tableName(), clock),
                clock);
    }

    /**
     * URL-connection HTTP client, explicit region and credentials: each spares the SDK a discovery step at start.
     * Short timeouts, so a storage outage answers 503 quickly instead of holding the visitor.
     */
    public static DynamoDbClient dynamoDb(Config config) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(3))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(6))
                        .apiCallAttemptTimeout(Duration.ofSeconds(3))
                        .addExecutionInterceptor(new StopBeforeSending())
                        .build());
        config.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Lambda sets credentials in the environment; local engines accept any, so a fixed pair follows. */
    private static AwsCredentialsProvider credentials(Config config) {
        if (config.dynamoDbEndpoint().isEmpty()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }
}
