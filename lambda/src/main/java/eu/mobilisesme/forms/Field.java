package eu.mobilisesme.forms;

import java.util.List;

/**
 * One field of a form, as data: the site renders its control from it and the backend validates with it.
 * Labels, hints and option labels live in the message bundles under {@code field.<name>.*} and
 * {@code option.<optionSet>.*}.
 */
public record Field(
        String name,
        FieldType type,
        String section,
        boolean required,
        int minLength,
        int maxLength,
        Long min,
        Long max,
        boolean maxIsCurrentYear,
        DateBound earliest,
        DateBound latest,
        OptionSet options,
        int minItems,
        int maxItems,
        String autocomplete,
        Condition shownWhen,
        boolean hasHint) {

    public boolean conditional() {
        return shownWhen != null;
    }

    /** Option values in display order, or an empty list for fields without options. */
    public List<String> optionValues() {
        return options == null ? List.of() : options.values();
    }
}
