package eu.mobilisesme.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule that compares fields, declared with the form it belongs to. It runs only when its fields passed their own
 * checks ({@code failed} names those that did not) and adds what it finds to {@code errors}.
 */
@FunctionalInterface
interface CrossFieldRule {

    void check(Map<String, List<String>> values, Set<String> failed, List<FieldError> errors);

    /** Two e-mail addresses that must differ, compared without case. */
    static CrossFieldRule differentEmails(String first, String second) {
        return (values, failed, errors) -> {
            if (usable(values, failed, first, second) && values.get(first).get(0).toLowerCase(Locale.ROOT)
                    .equals(values.get(second).get(0).toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(second, ErrorCode.EMAIL_DUPLICATE));
            }
        };
    }

    /** Countries (one or several) other than the company's own {@code country}. */
    static CrossFieldRule otherCountries(String field) {
        return (values, failed, errors) -> {
            if (usable(values, failed, "country", field) && values.get(field).contains(values.get("country").get(0))) {
                errors.add(FieldError.of(field, ErrorCode.SAME_COUNTRY));
            }
        };
    }

    /** Two dates at least a month apart. */
    static CrossFieldRule windowOfAtLeastOneMonth(String from, String to) {
        return (values, failed, errors) -> {
            if (usable(values, failed, from, to)) {
                LocalDate start = LocalDate.parse(values.get(from).get(0));
                LocalDate end = LocalDate.parse(values.get(to).get(0));
                if (end.isBefore(start.plusMonths(1))) {
                    errors.add(FieldError.of(to, ErrorCode.WINDOW_TOO_SHORT, "date", start.plusMonths(1)));
                }
            }
        };
    }

    private static boolean usable(Map<String, List<String>> values, Set<String> failed, String... fields) {
        for (String field : fields) {
            if (failed.contains(field) || !values.containsKey(field)) {
                return false;
            }
        }
        return true;
    }
}
