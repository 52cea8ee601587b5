package eu.mobilisesme.notify;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * The notify function's SDK clients, built once: URL-connection HTTP client, explicit region and credentials, as
 * the form functions' clients. Only this package builds an SES client, so the form functions never load one.
 */
public final class NotifyClients {

    private NotifyClients() {
    }

    public static DynamoDbClient dynamoDb(NotifySettings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings.dynamoDbEndpoint().isPresent()))
                .httpClient(http())
                .overrideConfiguration(timeouts());
        settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SesV2Client ses(NotifySettings settings) {
        SesV2ClientBuilder builder = SesV2Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings.sesEndpoint().isPresent()))
                .httpClient(http())
                .overrideConfiguration(timeouts());
        settings.sesEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Shorter than {@link Notifier#LEASE}: a send that hangs gives up before another attempt may claim. */
    private static ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(10))
                .apiCallAttemptTimeout(Duration.ofSeconds(4))
                .build();
    }

    private static SdkHttpClient http() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(4))
                .build();
    }

    /** Lambda sets credentials in the environment; local engines accept any, so a fixed pair follows. */
    private static AwsCredentialsProvider credentials(boolean local) {
        if (!local) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }
}
