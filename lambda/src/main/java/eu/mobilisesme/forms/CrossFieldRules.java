package eu.mobilisesme.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules that compare two fields. Each runs only when both fields passed their own checks. */
final class CrossFieldRules {

    private CrossFieldRules() {
    }

    static void check(FormDefinition form, Map<String, List<String>> values, List<FieldError> errors) {
        Set<String> failed = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        Rules rules = new Rules(values, errors, failed);
        switch (form.id()) {
            case Forms.SENDING -> {
                rules.differentEmails("p1Email", "p2Email");
                rules.otherCountries("targetCountries");
                rules.otherCountries("hostCountry");
            }
            case Forms.HOSTING -> {
                rules.otherCountries("preferredSendingCountries");
                rules.otherCountries("senderCountry");
                rules.windowOfAtLeastOneMonth("availableFrom", "availableTo");
            }
            default -> {
            }
        }
    }

    private record Rules(Map<String, List<String>> values, List<FieldError> errors, Set<String> failed) {

        private boolean usable(String... fields) {
            for (String field : fields) {
                if (failed.contains(field) || !values.containsKey(field)) {
                    return false;
                }
            }
            return true;
        }

        void differentEmails(String first, String second) {
            if (usable(first, second) && values.get(first).get(0).toLowerCase(Locale.ROOT)
                    .equals(values.get(second).get(0).toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(second, ErrorCode.EMAIL_DUPLICATE));
            }
        }

        void otherCountries(String field) {
            if (usable("country", field) && values.get(field).contains(values.get("country").get(0))) {
                errors.add(FieldError.of(field, ErrorCode.SAME_COUNTRY));
            }
        }

        void windowOfAtLeastOneMonth(String from, String to) {
            if (usable(from, to)) {
                LocalDate start = LocalDate.parse(values.get(from).get(0));
                LocalDate end = LocalDate.parse(values.get(to).get(0));
                if (end.isBefore(start.plusMonths(1))) {
                    errors.add(FieldError.of(to, ErrorCode.WINDOW_TOO_SHORT, "date", start.plusMonths(1)));
                }
            }
        }
    }
}
