package eu.mobilisesme.site.content;

import eu.mobilisesme.forms.FillTime;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Figures that come from the system's configuration and that content quotes as {@code {{config:KEY}}}: the one place
 * is {@code site.figure.KEY} in {@code jbake.properties} (a test keeps the values equal to template.yaml's).
 */
public record Figures(Map<String, String> values) {

    public static final String PREFIX = "site.figure.";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    public Figures {
        values = Map.copyOf(values);
        values.forEach((key, value) -> {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not '" + value + "'");
            }
        });
    }

    /** Every {@code site.figure.*} setting of a bake. */
    public static Figures of(JBakeConfiguration cfg) {
        Map<String, String> values = new TreeMap<>();
        for (Iterator<String> keys = cfg.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.startsWith(PREFIX)) {
                values.put(key.substring(PREFIX.length()), String.valueOf(cfg.get(key)).strip());
            }
        }
        return new Figures(values);
    }

    /** These figures and more, e.g. those derived from the form definitions. */
    public Figures with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(values);
        all.putAll(more);
        return new Figures(all);
    }

    /**
     * The minutes each form takes, derived from its questions ({@code FillTime}): content quotes
     * them as {@code {{config:fillMinutes-sending}}}, so a changed form changes what its page says.
     */
    public static Map<String, String> fillMinutes() {
        Map<String, String> minutes = new TreeMap<>();
        for (FormDefinition form : Forms.all()) {
            minutes.put("fillMinutes-" + form.id(), String.valueOf(FillTime.minutes(form)));
        }
        return minutes;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String get(String key) {
        return values.get(key);
    }
}
