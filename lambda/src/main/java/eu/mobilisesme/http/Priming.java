package eu.mobilisesme.http;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.submission.SubmissionStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Requests that exercise the endpoint without storing anything: each fails validation before the store. */
final class Priming {

    /** Priming requests never get as far as a store; this one says so if one ever does. */
    private static final SubmissionStore NO_STORE = submission -> {
        throw new IllegalStateException("priming must never store");
    };

    private Priming() {
    }

    /** SnapStart, before the snapshot: every language, both formats. */
    static void prime(FormEndpoint endpoint) {
        for (String lang : Languages.SUPPORTED) {
            prime(endpoint, lang);
        }
    }

    /**
     * Cold start, while the DynamoDB client is built on another thread: loads the parse, validation and answer
     * path in the default language on an endpoint of its own, with no store and no log.
     */
    static void warm(List<String> forms, Config config) {
        prime(FormEndpoint.quiet(forms, config, NO_STORE, Clock.systemUTC()), Languages.DEFAULT);
    }

    private static void prime(FormEndpoint endpoint, String lang) {
        endpoint.handle(request("application/json", "{\"lang\":\"" + lang + "\",\"form\":\"sending\","
                + "\"email\":\"not-an-address\",\"goals\":[\"innovation\"],\"durationMonths\":7}"));
        endpoint.handle(request("application/x-www-form-urlencoded",
                "lang=" + lang + "&form=hosting&email=x&name=A&message=short"));
    }

    private static HttpRequest request(String contentType, String body) {
        return new HttpRequest("POST", "/api/prime", Map.of("content-type", contentType), body, false);
    }
}
