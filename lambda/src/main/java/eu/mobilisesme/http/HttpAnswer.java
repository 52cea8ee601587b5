package eu.mobilisesme.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it becomes an API Gateway event; every answer forbids caching. */
public record HttpAnswer(int status, Map<String, String> headers, String body) {

    public HttpAnswer {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("Cache-Control", "no-store");
        all.putIfAbsent("X-Content-Type-Options", "nosniff");
        headers = Map.copyOf(all);
    }

    public APIGatewayV2HTTPResponse toEvent() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
