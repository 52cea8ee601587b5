package eu.mobilisesme.forms;

import java.util.ArrayList;
import java.util.List;

/** Reads like the form it declares: sections, then fields with their rules. Used only by {@link Forms}. */
final class FormBuilder {

    private final String id;
    private final String endpoint;
    private final FormKind kind;
    private final List<FieldBuilder> fields = new ArrayList<>();
    private final List<CrossFieldRule> rules = new ArrayList<>();
    private String section = "main";

    FormBuilder(String id, String endpoint, FormKind kind) {
        this.id = id;
        this.endpoint = endpoint;
        this.kind = kind;
    }

    /** A rule comparing fields declared so far. */
    FormBuilder rule(CrossFieldRule rule) {
        rules.add(rule);
        return this;
    }

    FormBuilder section(String name) {
        this.section = name;
        return this;
    }

    FieldBuilder field(String name, FieldType type) {
        FieldBuilder field = new FieldBuilder(name, type, section);
        fields.add(field);
        return field;
    }

    FormDefinition build() {
        return new FormDefinition(id, endpoint, kind, fields.stream().map(FieldBuilder::build).toList(), rules);
    }

    static final class FieldBuilder {
        private final String name;
        private final FieldType type;
        private final String section;
        private boolean required;
        private int minLength;
        private int maxLength;
        private Long min;
        private Long max;
        private boolean maxIsCurrentYear;
        private DateBound earliest;
        private DateBound latest;
        private OptionSet options;
        private int minItems;
        private int maxItems;
        private String autocomplete;
        private Condition shownWhen;
        private boolean hasHint;

        FieldBuilder(String name, FieldType type, String section) {
            this.name = name;
            this.type = type;
            this.section = section;
            this.maxLength = switch (type) {
                case TEXTAREA -> 5000;
                case EMAIL -> 254;
                case URL -> 255;
                case TEL -> 30;
                case VAT -> 30;
                default -> 200;
            };
        }

        FieldBuilder required() {
            this.required = true;
            return this;
        }

        FieldBuilder required(boolean required) {
            this.required = required;
            return this;
        }

        FieldBuilder length(int min, int max) {
            this.minLength = min;
            this.maxLength = max;
            return this;
        }

        FieldBuilder maxLength(int max) {
            return length(0, max);
        }

        FieldBuilder range(long min, long max) {
            this.min = min;
            this.max = max;
            return this;
        }

        FieldBuilder notAfterCurrentYear(long min) {
            this.min = min;
            this.maxIsCurrentYear = true;
            return this;
        }

        FieldBuilder dates(DateBound earliest, DateBound latest) {
            this.earliest = earliest;
            this.latest = latest;
            return this;
        }

        FieldBuilder options(OptionSet options) {
            this.options = options;
            return this;
        }

        FieldBuilder items(int min, int max) {
            this.minItems = min;
            this.maxItems = max;
            return this;
        }

        FieldBuilder autocomplete(String token) {
            this.autocomplete = token;
            return this;
        }

        FieldBuilder when(String field, String... values) {
            this.shownWhen = Condition.when(field, values);
            return this;
        }

        boolean conditionalAlready() {
            return shownWhen != null;
        }

        FieldBuilder hint() {
            this.hasHint = true;
            return this;
        }

        Field build() {
            if (type.hasOptions() && options == null) {
                throw new IllegalStateException("Field " + name + " needs options");
            }
            return new Field(name, type, section, required, minLength, maxLength, min, max, maxIsCurrentYear, earliest, latest,
                    options, minItems, maxItems, autocomplete, shownWhen, hasHint);
        }
    }
}
