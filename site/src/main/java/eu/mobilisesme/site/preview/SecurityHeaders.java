package eu.mobilisesme.site.preview;

import java.util.Map;

/**
 * The response headers CloudFront adds on AWS ({@code template.yaml}, the site's response-headers policy), sent by
 * the preview too, so that the browser tests see a page break if it needs more than the policy allows.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private SecurityHeaders() {
    }
}
