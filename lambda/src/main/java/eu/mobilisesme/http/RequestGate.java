package eu.mobilisesme.http;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may post, checked before anything a request carries is parsed; shared by every endpoint: the method, then
 * the origin secret CloudFront adds (when one is set), then a present {@code Origin} must be allowed.
 */
final class RequestGate {

    private RequestGate() {
    }

    static void admit(HttpRequest request, Set<String> allowedOrigins, Optional<String> originSecret)
            throws RequestProblem {
        if (!request.method().equals("POST")) {
            throw new RequestProblem(405, ErrorCode.METHOD_NOT_ALLOWED);
        }
        if (!throughDistribution(request, originSecret)) {
            throw new RequestProblem(403, ErrorCode.ORIGIN_NOT_ALLOWED);
        }
        String origin = request.header("origin");
        if (origin != null && !allowedOrigins.contains(origin)) {
            throw new RequestProblem(403, ErrorCode.ORIGIN_NOT_ALLOWED);
        }
    }

    /**
     * Whether the request came through CloudFront, which adds the origin secret header; API Gateway's own address
     * gets no such header. Compared in constant time, so the secret cannot be guessed a byte at a time.
     */
    private static boolean throughDistribution(HttpRequest request, Optional<String> originSecret) {
        if (originSecret.isEmpty()) {
            return true;
        }
        String sent = request.header(Config.ORIGIN_SECRET_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                originSecret.get().getBytes(StandardCharsets.UTF_8));
    }

    /** The headers a request through CloudFront carries for the origin check; none when the check is off. */
    static Map<String, String> throughDistributionHeaders(Optional<String> originSecret) {
        return originSecret.map(secret -> Map.of(Config.ORIGIN_SECRET_HEADER, secret)).orElse(Map.of());
    }

    /** A request from the page's script: it sends JSON or asks for it; a plain form post gets HTML. */
    static boolean wantsJson(HttpRequest request) {
        String contentType = request.header("content-type");
        String accept = request.header("accept");
        return (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json"))
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
    }
}
