package eu.mobilisesme.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/** One problem with one field (or with the whole form when {@code field} is {@code null}), as a code. */
public record FieldError(String field, ErrorCode code, Map<String, Object> arguments) {

    public FieldError {
        arguments = Map.copyOf(arguments);
    }

    public static FieldError of(String field, ErrorCode code) {
        return new FieldError(field, code, Map.of());
    }

    public static FieldError of(String field, ErrorCode code, String name, Object value) {
        return new FieldError(field, code, Map.of(name, value));
    }

    public static FieldError form(ErrorCode code) {
        return new FieldError(null, code, Map.of());
    }

    /** The message in the given language, with limits and dates written as that language writes them. */
    public String message(Messages messages) {
        Map<String, Object> localised = new LinkedHashMap<>();
        arguments.forEach((name, value) -> localised.put(name, value instanceof LocalDate date
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).format(date)
                : value));
        return messages.format("error." + code.name(), localised);
    }
}
