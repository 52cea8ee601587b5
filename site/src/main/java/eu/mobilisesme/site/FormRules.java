package eu.mobilisesme.site;

import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldPatterns;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the page's script checks before a form is sent, as one JSON object per form: every field's rules straight
 * from the backend's definition, the validator's own patterns and the error messages of the page's language from
 * the backend's bundles. Nothing here is a second copy of a rule: change the definition and the page follows.
 * Rules that compare fields (two e-mail addresses, a country other than one's own) stay with the server.
 * Entries at their default (no limit, not required, no condition: null, false or 0) are left out: the page weighs
 * less, and the script reads a missing entry as that default.
 */
final class FormRules {

    /** The problems the page's check can find (a field's own rules), each with its message. */
    static final List<ErrorCode> CHECKED = List.of(ErrorCode.REQUIRED, ErrorCode.TOO_SHORT, ErrorCode.TOO_LONG,
            ErrorCode.INVALID_CHARACTERS, ErrorCode.EMAIL_INVALID, ErrorCode.PHONE_INVALID, ErrorCode.URL_INVALID,
            ErrorCode.VAT_INVALID, ErrorCode.NACE_CODE_INVALID, ErrorCode.NUMBER_INVALID, ErrorCode.NUMBER_TOO_SMALL,
            ErrorCode.NUMBER_TOO_LARGE, ErrorCode.DATE_INVALID, ErrorCode.DATE_TOO_EARLY, ErrorCode.DATE_TOO_LATE,
            ErrorCode.OPTION_INVALID, ErrorCode.TOO_FEW_OPTIONS, ErrorCode.TOO_MANY_OPTIONS);

    private FormRules() {
    }

    static String json(FormDefinition form, FormTexts texts) {
        return Json.value(of(form, texts));
    }

    static Map<String, Object> of(FormDefinition form, FormTexts texts) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("form", form.id());
        rules.put("zone", Forms.CONTACT_POINT_ZONE.getId());
        rules.put("patterns", patterns());
        List<Object> fields = new ArrayList<>();
        form.fields().forEach(f -> fields.add(field(f)));
        rules.put("fields", fields);
        Map<String, Object> messages = new LinkedHashMap<>();
        for (ErrorCode code : CHECKED) {
            messages.put(code.name(), texts.get("error." + code.name()).value());
        }
        rules.put("messages", messages);
        return rules;
    }

    static Map<String, Object> patterns() {
        Map<String, Object> patterns = new LinkedHashMap<>();
        patterns.put("email", FieldPatterns.EMAIL);
        patterns.put("phone", FieldPatterns.E164);
        patterns.put("phoneSeparators", FieldPatterns.PHONE_SEPARATORS);
        patterns.put("integer", FieldPatterns.INTEGER);
        patterns.put("vat", FieldPatterns.VAT);
        patterns.put("vatSeparators", FieldPatterns.VAT_SEPARATORS);
        patterns.put("date", FieldPatterns.ISO_DATE);
        return patterns;
    }

    static Map<String, Object> field(Field f) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", f.name());
        rule.put("type", f.type().name());
        rule.put("required", f.required());
        rule.put("minLength", f.minLength());
        rule.put("maxLength", f.maxLength());
        rule.put("min", f.min());
        rule.put("max", f.maxIsCurrentYear() ? null : f.max());
        rule.put("maxIsCurrentYear", f.maxIsCurrentYear());
        rule.put("earliest", f.earliest() == null ? null : f.earliest().offset().toString());
        rule.put("latest", f.latest() == null ? null : f.latest().offset().toString());
        rule.put("options", f.type().hasOptions() ? f.optionValues() : null);
        rule.put("minItems", f.type() == FieldType.CHECKBOXES ? f.minItems() : null);
        rule.put("maxItems", f.type() == FieldType.CHECKBOXES ? f.maxItems() : null);
        FieldPatterns.TextPattern own = FieldPatterns.of(f);
        rule.put("pattern", own == null ? null : ordered("regex", own.regex(), "code", own.error().name()));
        rule.put("shownWhen", f.shownWhen() == null ? null : ordered("field", f.shownWhen().field(),
                "values", List.copyOf(new TreeSet<>(f.shownWhen().values()))));
        rule.values().removeIf(value -> value == null || Boolean.FALSE.equals(value)
                || (value instanceof Integer number && number == 0));
        return rule;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
