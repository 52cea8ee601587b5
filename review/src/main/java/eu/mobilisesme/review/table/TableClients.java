package eu.mobilisesme.review.table;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client for staff: the usual AWS credentials (environment variables, or an AWS CLI profile
 * chosen with {@code AWS_PROFILE}, including IAM Identity Center sign-in and assumed roles),
 * the URL-connection HTTP client the backend uses, and patient timeouts since a scan may take a while.
 * Against a local endpoint any credentials do, so a fixed pair follows the usual ones there.
 */
public final class TableClients {

    private TableClients() {
    }

    public static DynamoDbClient build(TableSettings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build());
        if (settings.endpoint().isPresent()) {
            builder.endpointOverride(settings.endpoint().get())
                    .credentialsProvider(AwsCredentialsProviderChain.builder()
                            .credentialsProviders(DefaultCredentialsProvider.builder().build(),
                                    StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                            .reuseLastProviderEnabled(true)
                            .build());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
