package eu.mobilisesme.testing;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.http.HttpRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds requests as the site's pages send them: the script's JSON or a plain form post. */
public final class Requests {

    public static final String ORIGIN = "https://site.example";

    private Requests() {
    }

    public static String path(String form) {
        return form.equals(Forms.CONTACT) ? "/api/contact" : "/api/apply";
    }

    /** The meta fields the page adds, followed by the values. */
    public static Map<String, List<String>> withMeta(String form, String lang, Map<String, List<String>> values) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        if (!form.equals(Forms.CONTACT)) {
            all.put("form", List.of(form));
        }
        all.put("lang", List.of(lang));
        all.putAll(values);
        return all;
    }

    public static HttpRequest json(String form, String lang, String submissionId, Map<String, List<String>> values) {
        Map<String, List<String>> all = withMeta(form, lang, values);
        if (submissionId != null) {
            all.put("submissionId", List.of(submissionId));
        }
        return new HttpRequest("POST", path(form), Map.of("content-type", "application/json",
                "accept", "application/json", "origin", ORIGIN), Samples.json(all, multiValued(form)), false);
    }

    public static HttpRequest formPost(String form, String lang, Map<String, List<String>> values) {
        return new HttpRequest("POST", path(form), Map.of("content-type", "application/x-www-form-urlencoded",
                "accept", "text/html", "origin", ORIGIN), Samples.urlEncoded(withMeta(form, lang, values)), false);
    }

    public static HttpRequest raw(String form, Map<String, String> headers, String body, boolean base64) {
        Map<String, String> all = new HashMap<>(Map.of("content-type", "application/json", "origin", ORIGIN));
        all.putAll(headers);
        all.values().removeIf(v -> v == null);
        return new HttpRequest("POST", path(form), all, body, base64);
    }

    public static Set<String> multiValued(String form) {
        return Forms.byId(form).orElseThrow().fields().stream().filter(f -> f.type().multiValued())
                .map(Field::name).collect(Collectors.toSet());
    }
}
