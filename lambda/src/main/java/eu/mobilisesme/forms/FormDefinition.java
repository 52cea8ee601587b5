package eu.mobilisesme.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One form, declared once: what it is for, its fields in display order (grouped into sections) and the rules that
 * compare its fields. Texts are in the bundles under {@code form.<id>.*}, {@code section.<name>} and
 * {@code field.<name>.*}.
 */
public record FormDefinition(String id, String endpoint, FormKind kind, List<Field> fields,
                             List<CrossFieldRule> crossFieldRules) {

    public FormDefinition {
        fields = List.copyOf(fields);
        crossFieldRules = List.copyOf(crossFieldRules);
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Section names in display order, each with its fields; what the site renders as fieldsets. */
    public Map<String, List<Field>> sections() {
        Map<String, List<Field>> sections = new LinkedHashMap<>();
        for (Field field : fields) {
            sections.computeIfAbsent(field.section(), s -> new java.util.ArrayList<>()).add(field);
        }
        sections.replaceAll((name, list) -> List.copyOf(list));
        return sections;
    }
}
