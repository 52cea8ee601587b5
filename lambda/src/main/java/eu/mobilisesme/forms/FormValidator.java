package eu.mobilisesme.forms;

import static eu.mobilisesme.forms.ErrorCode.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submission against its form definition: normalises every value first, then reports every problem at
 * once as (field, code). Pure: the day of submission is passed in.
 */
public final class FormValidator {

    private static final Pattern EMAIL = FieldPatterns.EMAIL_PATTERN;
    private static final Pattern E164 = FieldPatterns.E164_PATTERN;
    private static final Pattern INTEGER = FieldPatterns.INTEGER_PATTERN;
    private static final Pattern VAT = FieldPatterns.VAT_PATTERN;
    private static final Pattern ISO_DATE = FieldPatterns.ISO_DATE_PATTERN;
    private static final Set<String> TICKED = Set.of("yes", "on", "true", "1");
    private static final Set<String> UNTICKED = Set.of("no", "off", "false", "0");
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Option values are codes of a few characters; anything much longer is refused before it is normalised. */
    private static final int LONGEST_OPTION = 64;

    private FormValidator() {
    }

    /**
     * @param raw the submitted values by field name; meta fields (language, ids, spam traps) already removed
     * @param today the day of submission in the contact point's time zone
     */
    public static ValidationResult validate(FormDefinition form, Map<String, List<String>> raw, LocalDate today) {
        return validate(form, raw, JsonTypes.NONE, today);
    }

    /**
     * As {@link #validate(FormDefinition, Map, LocalDate)}, for a JSON body: a field whose value came in a shape its
     * type does not take gets {@link ErrorCode#TYPE_INVALID} instead of its other problems. Names that are no field
     * of the form are only counted as {@link ErrorCode#UNKNOWN_FIELD}, never named back.
     */
    public static ValidationResult validate(FormDefinition form, Map<String, List<String>> raw, JsonTypes types,
                                            LocalDate today) {
        ValidationResult result = judge(form, raw, today);
        List<FieldError> errors = new ArrayList<>(result.errors());
        for (Field field : form.fields()) {
            if (types.mistyped(field)) {
                errors.removeIf(e -> field.name().equals(e.field()));
                errors.add(FieldError.of(field.name(), TYPE_INVALID));
            }
        }
        return new ValidationResult(form, result.values(), errors);
    }

    /** A submission id as the page makes it (a UUID, any case), or null when it is one; ids are kept lower case. */
    public static FieldError checkSubmissionId(String field, String id) {
        return id == null || UUID_FORMAT.matcher(id.toLowerCase(Locale.ROOT)).matches() ? null
                : FieldError.of(field, SUBMISSION_ID_INVALID);
    }

    private static ValidationResult judge(FormDefinition form, Map<String, List<String>> raw, LocalDate today) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String name : raw.keySet()) {
            if (form.field(name).isEmpty()) {
                errors.add(FieldError.form(UNKNOWN_FIELD));
                break;
            }
        }
        for (Field field : form.fields()) {
            if (field.conditional() && !field.shownWhen().holds(values.get(field.shownWhen().field()))) {
                continue;
            }
            List<String> submitted = nonEmpty(raw.get(field.name()));
            if (submitted.isEmpty()) {
                if (field.required()) {
                    errors.add(FieldError.of(field.name(), REQUIRED));
                }
                continue;
            }
            if (!field.type().multiValued() && submitted.size() > 1) {
                errors.add(FieldError.of(field.name(), MULTIPLE_VALUES));
                continue;
            }
            List<String> normalised = new ArrayList<>();
            FieldError error = field.type().multiValued()
                    ? checkMany(field, submitted, normalised)
                    : checkOne(field, submitted.get(0), today, normalised);
            if (error != null) {
                errors.add(error);
                if (normalised.isEmpty()) {
                    normalised.addAll(submitted);
                }
            }
            if (!normalised.isEmpty()) {
                values.put(field.name(), List.copyOf(normalised));
            } else if (field.required() && error == null) {
                errors.add(FieldError.of(field.name(), REQUIRED));
            }
        }
        CrossFieldRules.check(form, values, errors);
        return new ValidationResult(form, values, errors);
    }

    private static List<String> nonEmpty(List<String> submitted) {
        if (submitted == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(submitted.size());
        for (String value : submitted) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static FieldError checkOne(Field field, String raw, LocalDate today, List<String> out) {
        String name = field.name();
        // Bounded before any normalising, whose cost grows faster than the text.
        if (TextNormalizer.hopelesslyLong(raw, field.maxLength())) {
            return FieldError.of(name, TOO_LONG, "max", field.maxLength());
        }
        if (TextNormalizer.hasLongCombiningRun(raw)) {
            return FieldError.of(name, TOO_MANY_COMBINING_MARKS);
        }
        if (field.type().multiLine() ? !TextNormalizer.acceptableMultiLine(raw)
                : !TextNormalizer.acceptableSingleLine(raw)) {
            return FieldError.of(name, INVALID_CHARACTERS);
        }
        String value = field.type().multiLine() ? TextNormalizer.multiLine(raw) : TextNormalizer.singleLine(raw);
        if (!TextNormalizer.visible(value)) {
            // Text that shows as nothing counts as nothing typed: a required field says so.
            return null;
        }
        out.add(value);
        int length = TextNormalizer.length(value);
        if (length > field.maxLength()) {
            return FieldError.of(name, TOO_LONG, "max", field.maxLength());
        }
        return switch (field.type()) {
            case TEXT, TEXTAREA -> checkText(field, value);
            case EMAIL -> EMAIL.matcher(value).matches() ? null : FieldError.of(name, EMAIL_INVALID);
            case TEL -> replace(out, phone(value), name, PHONE_INVALID);
            case URL -> url(value) ? null : FieldError.of(name, URL_INVALID);
            case VAT -> checkVat(field, value, out);
            case INTEGER -> checkInteger(field, value, today, out);
            case DATE -> checkDate(field, value, today, out);
            case SELECT, RADIO -> field.options().contains(value) ? null : FieldError.of(name, OPTION_INVALID);
            case CONSENT -> checkConsent(field, value, out);
            case CHECKBOXES -> throw new IllegalStateException("multi-valued");
        };
    }

    private static FieldError checkText(Field field, String value) {
        if (TextNormalizer.length(value) < field.minLength()) {
            return FieldError.of(field.name(), TOO_SHORT, "min", field.minLength());
        }
        FieldPatterns.TextPattern own = FieldPatterns.of(field);
        if (own != null && !own.pattern().matcher(value).matches()) {
            return FieldError.of(field.name(), own.error());
        }
        return null;
    }

    private static FieldError checkVat(Field field, String value, List<String> out) {
        String compact = value.toUpperCase(Locale.ROOT).replaceAll(FieldPatterns.VAT_SEPARATORS, "");
        out.set(0, compact);
        if (!VAT.matcher(compact).matches() || compact.length() < field.minLength()
                || compact.length() > field.maxLength()) {
            return FieldError.of(field.name(), VAT_INVALID);
        }
        return null;
    }

    private static FieldError checkInteger(Field field, String value, LocalDate today, List<String> out) {
        if (!INTEGER.matcher(value).matches()) {
            return FieldError.of(field.name(), NUMBER_INVALID);
        }
        long number = Long.parseLong(value);
        out.set(0, Long.toString(number));
        long max = field.maxIsCurrentYear() ? today.getYear() : field.max();
        if (field.min() != null && number < field.min()) {
            return FieldError.of(field.name(), NUMBER_TOO_SMALL, "min", field.min());
        }
        if (number > max) {
            return FieldError.of(field.name(), NUMBER_TOO_LARGE, "max", max);
        }
        return null;
    }

    private static FieldError checkDate(Field field, String value, LocalDate today, List<String> out) {
        LocalDate date;
        try {
            if (!ISO_DATE.matcher(value).matches()) {
                return FieldError.of(field.name(), DATE_INVALID);
            }
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return FieldError.of(field.name(), DATE_INVALID);
        }
        if (field.earliest() != null && date.isBefore(field.earliest().from(today))) {
            return FieldError.of(field.name(), DATE_TOO_EARLY, "date", field.earliest().from(today));
        }
        if (field.latest() != null && date.isAfter(field.latest().from(today))) {
            return FieldError.of(field.name(), DATE_TOO_LATE, "date", field.latest().from(today));
        }
        return null;
    }

    private static FieldError checkConsent(Field field, String value, List<String> out) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TICKED.contains(lower)) {
            out.set(0, "yes");
            return null;
        }
        out.clear();
        return UNTICKED.contains(lower) ? null : FieldError.of(field.name(), OPTION_INVALID);
    }

    private static FieldError checkMany(Field field, List<String> submitted, List<String> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : submitted) {
            if (TextNormalizer.hopelesslyLong(raw, LONGEST_OPTION) || TextNormalizer.hasLongCombiningRun(raw)) {
                out.addAll(submitted);
                return FieldError.of(field.name(), OPTION_INVALID);
            }
            String value = TextNormalizer.singleLine(raw);
            if (!TextNormalizer.acceptableSingleLine(raw) || !field.options().contains(value)) {
                out.addAll(submitted);
                return FieldError.of(field.name(), OPTION_INVALID);
            }
            if (!seen.add(value)) {
                out.addAll(submitted);
                return FieldError.of(field.name(), DUPLICATE_OPTION);
            }
        }
        // Keep the form's order, so the same choices always look the same.
        field.optionValues().stream().filter(seen::contains).forEach(out::add);
        if (out.size() < field.minItems()) {
            return FieldError.of(field.name(), TOO_FEW_OPTIONS, "min", field.minItems());
        }
        if (out.size() > field.maxItems()) {
            return FieldError.of(field.name(), TOO_MANY_OPTIONS, "max", field.maxItems());
        }
        return null;
    }

    /** E.164 from what people type: spaces, dots, dashes and brackets dropped, a leading 00 read as +. */
    private static String phone(String value) {
        String compact = value.replaceAll(FieldPatterns.PHONE_SEPARATORS, "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        return E164.matcher(compact).matches() ? compact : null;
    }

    private static FieldError replace(List<String> out, String normalised, String field, ErrorCode ifInvalid) {
        if (normalised == null) {
            return FieldError.of(field, ifInvalid);
        }
        out.set(0, normalised);
        return null;
    }

    private static boolean url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getHost().contains(".") && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
