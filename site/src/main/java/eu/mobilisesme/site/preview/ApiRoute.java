package eu.mobilisesme.site.preview;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Calls a Lambda handler as the API Gateway HTTP API does (payload format 2.0): lower-case headers joined with
 * commas, bodies of non-text types base64-encoded, at most 10 MB, no Host header past CloudFront.
 */
final class ApiRoute {

    private static final int API_GATEWAY_MAX_BODY = 10 * 1024 * 1024;

    private final String routeKey;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    ApiRoute(String path, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.routeKey = "POST " + path;
        this.handler = handler;
    }

    /** Whether the HTTP API would send this request here: the method and the path must both match. */
    boolean matches(HttpExchange exchange) {
        return routeKey.equals(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
    }

    void serve(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(API_GATEWAY_MAX_BODY + 1);
        }
        if (body.length > API_GATEWAY_MAX_BODY) {
            send(exchange, 413, Map.of("Content-Type", "application/json"),
                    "{\"message\":\"Request Entity Too Large\"}");
            return;
        }
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(exchange, body), null);
        Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        String responseBody = response.getBody() == null ? "" : response.getBody();
        if (response.getIsBase64Encoded()) {
            responseBody = new String(Base64.getDecoder().decode(responseBody), StandardCharsets.UTF_8);
        }
        send(exchange, response.getStatusCode(), headers, responseBody);
    }

    private APIGatewayV2HTTPEvent event(HttpExchange exchange, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("host")) {
                headers.put(lower, String.join(",", values));
            }
        });
        String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        boolean text = contentType.startsWith("text/") || contentType.startsWith("application/json");
        String method = exchange.getRequestMethod();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(exchange.getRequestURI().getRawQuery() == null ? ""
                        : exchange.getRequestURI().getRawQuery())
                .withHeaders(headers)
                .withBody(body.length == 0 ? null
                        : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withTimeEpoch(Instant.now().toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(exchange.getRequestURI().getRawPath())
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .build())
                        .build())
                .build();
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

}
