package eu.mobilisesme.http;

import eu.mobilisesme.forms.Languages;
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
            endpoint.handle(request("application/json", "{\"lang\":\"" + lang + "\",\"form\":\"sending\","
                    + "\"email\":\"not-an-address\",\"goals\":[\"innovation\"],\"durationMonths\":7}"));
            endpoint.handle(request("application/x-www-form-urlencoded",
                    "lang=" + lang + "&form=hosting&email=x&name=A&message=short"));
        }
        endpoint.primeStore();
    }

    private static HttpRequest request(String contentType, String body) {
        return new HttpRequest("POST", "/api/prime", Map.of("content-type", contentType), body, false);
    }
}
