package eu.mobilisesme.forms;

import java.util.List;
import java.util.Set;

/** A field applies only when another field holds one of these values, e.g. "host name" when "host identified" is yes. */
public record Condition(String field, Set<String> values) {

    public Condition {
        values = Set.copyOf(values);
    }

    public static Condition when(String field, String... values) {
        return new Condition(field, Set.of(values));
    }

    public boolean holds(List<String> actual) {
        return actual != null && actual.stream().anyMatch(values::contains);
    }
}
