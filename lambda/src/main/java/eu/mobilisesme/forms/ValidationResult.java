package eu.mobilisesme.forms;

import java.util.List;
import java.util.Map;

/**
 * What validation made of a submission: the normalised values of the fields that apply (in form order), and every
 * problem found. Values are kept even when there are errors, so nothing the person typed is lost.
 */
public record ValidationResult(FormDefinition form, Map<String, List<String>> values, List<FieldError> errors) {

    public ValidationResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String value(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public List<String> valuesOf(String field) {
        return values.getOrDefault(field, List.of());
    }
}
