package eu.mobilisesme.e2e;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.testing.Samples;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the tests type: the backend's valid samples, with the name field made unique per test so that each test
 * finds (and counts) its own stored items, and a plain post's content fingerprint never matches another test's.
 */
final class Entries {

    /** The contact point's day, as the backend counts it for date limits. */
    static final ZoneId CONTACT_POINT_ZONE = eu.mobilisesme.forms.Forms.CONTACT_POINT_ZONE;

    private Entries() {
    }

    static LocalDate today() {
        return LocalDate.now(CONTACT_POINT_ZONE);
    }

    /** The field whose value tells one test's submission from another's. */
    static String nameField(String form) {
        return form.equals(Forms.CONTACT) ? "name" : "legalName";
    }

    /** A valid submission of the form, named uniquely. */
    static Map<String, List<String>> valid(String form, String lang) {
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of(form, today()));
        String name = values.get(nameField(form)).get(0);
        values.put(nameField(form), List.of(name + " " + lang.toUpperCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8)));
        return values;
    }

    /** A valid submission with some fields changed; an empty list leaves the field empty. */
    static Map<String, List<String>> with(Map<String, List<String>> values, Map<String, List<String>> changes) {
        Map<String, List<String>> changed = new LinkedHashMap<>(values);
        changes.forEach((field, value) -> {
            if (value.isEmpty()) {
                changed.remove(field);
            } else {
                changed.put(field, value);
            }
        });
        return changed;
    }
}
