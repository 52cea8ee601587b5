package eu.mobilisesme.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs a form's own cross-field rules, as its definition declares them. */
final class CrossFieldRules {

    private CrossFieldRules() {
    }

    static void check(FormDefinition form, Map<String, List<String>> values, List<FieldError> errors) {
        Set<String> failed = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        for (CrossFieldRule rule : form.crossFieldRules()) {
            rule.check(values, failed, errors);
        }
    }
}
