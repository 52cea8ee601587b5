package eu.mobilisesme.submission;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store contract on LocalStack, run by {@code mvn verify -Plocalstack} on machines with Docker; without a Docker
 * engine the class disables itself.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackSubmissionStoreIT extends DynamoDbStoreContract {

    static LocalStackContainer localstack;
    static DynamoDbClient client;

    @BeforeAll
    static void start() {
        localstack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4"))
                .withServices(LocalStackContainer.Service.DYNAMODB);
        localstack.start();
        client = DynamoDbClient.builder()
                .endpointOverride(localstack.getEndpoint())
                .region(Region.of(localstack.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(localstack.getAccessKey(), localstack.getSecretKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stop() {
        if (localstack != null) {
            localstack.stop();
        }
    }

    @Override
    protected DynamoDbClient engine() {
        return client;
    }
}
