package eu.mobilisesme.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The parts of an HTTP API (payload 2.0) request the endpoints look at; header names in lower case. */
public record HttpRequest(String method, String path, Map<String, String> headers, String body, boolean base64) {

    public HttpRequest {
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    lower.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b);
                }
            });
        }
        headers = Map.copyOf(lower);
        method = method == null ? "" : method.toUpperCase(Locale.ROOT);
    }

    public static HttpRequest from(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        String method = context == null || context.getHttp() == null ? null : context.getHttp().getMethod();
        return new HttpRequest(method, event.getRawPath(), event.getHeaders(), event.getBody(),
                event.getIsBase64Encoded());
    }

    public String header(String name) {
        return headers.get(name);
    }
}
