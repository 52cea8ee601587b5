package eu.mobilisesme.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The yardstick for cold starts: a plain SDK v2 handler as most samples write it, with every default (HTTP client
 * found on the classpath, region and credentials from the default chains, endpoint from
 * {@code AWS_ENDPOINT_URL_DYNAMODB}) and one PutItem of the raw body. It parses and validates nothing. Never shipped.
 */
public final class BaselineHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final DynamoDbClient dynamoDb = DynamoDbClient.create();
    private final String table = System.getenv("TABLE_NAME");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String id = UUID.randomUUID().toString();
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of("id", AttributeValue.fromS(id), "body", AttributeValue.fromS(event.getBody()))));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"id\":\"" + id + "\"}")
                .build();
    }
}
