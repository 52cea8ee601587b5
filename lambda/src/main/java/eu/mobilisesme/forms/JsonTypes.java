package eu.mobilisesme.forms;

import java.util.Set;

/**
 * The JSON shapes a script sent besides strings, by field name: objects or nested arrays ({@code structured}),
 * numbers and booleans. Only some field types take numbers or booleans; none takes a structure. A plain form post
 * sends strings only: {@link #NONE}.
 */
public record JsonTypes(Set<String> structured, Set<String> numbers, Set<String> booleans) {

    public static final JsonTypes NONE = new JsonTypes(Set.of(), Set.of(), Set.of());

    public JsonTypes {
        structured = Set.copyOf(structured);
        numbers = Set.copyOf(numbers);
        booleans = Set.copyOf(booleans);
    }

    /** Whether the field's value came in a shape its type does not take. */
    boolean mistyped(Field field) {
        return structured.contains(field.name())
                || (numbers.contains(field.name()) && field.type() != FieldType.INTEGER)
                || (booleans.contains(field.name()) && field.type() != FieldType.CONSENT);
    }
}
