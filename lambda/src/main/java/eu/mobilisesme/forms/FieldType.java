package eu.mobilisesme.forms;

/** The kinds of input a form field can be; each decides its HTML control, its checks and how it is stored. */
public enum FieldType {
    TEXT, EMAIL, TEL, URL, VAT, TEXTAREA, INTEGER, DATE,
    /** One value from an option set, shown as a drop-down list. */
    SELECT,
    /** One value from a short option set, shown as radio buttons. */
    RADIO,
    /** Several values from an option set, shown as checkboxes. */
    CHECKBOXES,
    /** A single box the person ticks, such as an acknowledgement or an optional consent. */
    CONSENT;

    public boolean multiLine() {
        return this == TEXTAREA;
    }

    public boolean multiValued() {
        return this == CHECKBOXES;
    }

    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKBOXES;
    }

    /** The HTML input type for types rendered as {@code <input>}. */
    public String htmlInputType() {
        return switch (this) {
            case EMAIL -> "email";
            case TEL -> "tel";
            case URL -> "url";
            case INTEGER -> "number";
            case DATE -> "date";
            case CONSENT -> "checkbox";
            default -> "text";
        };
    }
}
