package eu.mobilisesme.http;

import eu.mobilisesme.forms.Languages;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests that exercise the endpoint without storing anything: each fails validation before the store. Then the
 * store's own priming runs the SDK's request path and stops it before anything is sent.
 */
final class Priming {

    private Priming() {
    }

    static void prime(FormEndpoint endpoint) {
        for (String lang : Languages.SUPPORTED) {
            endpoint.handle(request(endpoint, "application/json", "{\"lang\":\"" + lang + "\",\"form\":\"sending\","
                    + "\"email\":\"not-an-address\",\"goals\":[\"innovation\"],\"durationMonths\":7}"));
            endpoint.handle(request(endpoint, "application/x-www-form-urlencoded",
                    "lang=" + lang + "&form=hosting&email=x&name=A&message=short"));
        }
        endpoint.primeStore();
    }

    /** Carries the origin secret when one is set, so priming passes the check as CloudFront's requests do. */
    private static HttpRequest request(FormEndpoint endpoint, String contentType, String body) {
        Map<String, String> headers = new HashMap<>(endpoint.throughDistributionHeaders());
        headers.put("content-type", contentType);
        return new HttpRequest("POST", "/api/prime", headers, body, false);
    }
}
