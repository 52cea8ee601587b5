package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.ErrorCode;
import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldPatterns;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The rules each baked form page embeds for the check before sending are the backend's own: read back from the page
 * (JSON, parsed independently of how it was written) and compared with the definition field by field, with the
 * validator's patterns and with the error messages of the page's language.
 */
class FormRulesTest {

    private static Document formPage(String form, String lang) {
        return BakedSite.page(BakedSite.output().relativize(BakedSite.fileFor(SitePaths.formPage(form, lang))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> embeddedRules(Document page, String form) {
        Element script = page.selectFirst("script[type=application/json][data-rules-for=" + form + "]");
        assertThat(script).as("rules of %s", form).isNotNull();
        return (Map<String, Object>) new Yaml().load(script.data());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_field_of_every_form_carries_the_definitions_rules_in_every_language() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Map<String, Object> rules = embeddedRules(formPage(definition.id(), lang), definition.id());
                String where = definition.id() + " in " + lang;
                assertThat(rules.get("form")).as(where).isEqualTo(definition.id());
                assertThat(rules.get("zone")).as(where).isEqualTo(Forms.CONTACT_POINT_ZONE.getId());
                List<Map<String, Object>> fields = (List<Map<String, Object>>) rules.get("fields");
                assertThat(fields).extracting(f -> f.get("name")).as(where)
                        .containsExactlyElementsOf(definition.fields().stream().map(Field::name).toList());
                for (int i = 0; i < fields.size(); i++) {
                    assertSameRules(fields.get(i), definition.fields().get(i), where);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSameRules(Map<String, Object> rule, Field field, String form) {
        String where = form + ": " + field.name();
        assertThat(rule.get("type")).as(where).isEqualTo(field.type().name());
        // Entries at their default are left out of the page.
        assertThat(rule.getOrDefault("required", false)).as(where).isEqualTo(field.required());
        assertThat(number(rule.getOrDefault("minLength", 0))).as(where).isEqualTo(field.minLength());
        assertThat(number(rule.getOrDefault("maxLength", 0))).as(where).isEqualTo(field.maxLength());
        assertThat(number(rule.get("min"))).as(where).isEqualTo(field.min());
        assertThat(number(rule.get("max"))).as(where).isEqualTo(field.maxIsCurrentYear() ? null : field.max());
        assertThat(rule.getOrDefault("maxIsCurrentYear", false)).as(where).isEqualTo(field.maxIsCurrentYear());
        assertThat(rule.get("earliest")).as(where)
                .isEqualTo(field.earliest() == null ? null : field.earliest().offset().toString());
        assertThat(rule.get("latest")).as(where)
                .isEqualTo(field.latest() == null ? null : field.latest().offset().toString());
        if (field.type().hasOptions()) {
            assertThat((List<String>) rule.get("options")).as(where).containsExactlyElementsOf(field.optionValues());
        } else {
            assertThat(rule.get("options")).as(where).isNull();
        }
        if (field.type() == FieldType.CHECKBOXES) {
            assertThat(number(rule.getOrDefault("minItems", 0))).as(where).isEqualTo((long) field.minItems());
            assertThat(number(rule.getOrDefault("maxItems", 0))).as(where).isEqualTo((long) field.maxItems());
        }
        FieldPatterns.TextPattern own = FieldPatterns.of(field);
        Map<String, Object> pattern = (Map<String, Object>) rule.get("pattern");
        if (own == null) {
            assertThat(pattern).as(where).isNull();
        } else {
            assertThat(pattern).as(where).containsEntry("regex", own.regex()).containsEntry("code", own.error().name());
        }
        Map<String, Object> when = (Map<String, Object>) rule.get("shownWhen");
        if (field.shownWhen() == null) {
            assertThat(when).as(where).isNull();
        } else {
            assertThat(when.get("field")).as(where).isEqualTo(field.shownWhen().field());
            assertThat(new HashSet<>((List<String>) when.get("values"))).as(where).isEqualTo(field.shownWhen().values());
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_patterns_are_the_validators_and_the_messages_those_of_the_pages_language() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Map<String, Object> rules = embeddedRules(formPage(definition.id(), lang), definition.id());
                assertThat((Map<String, Object>) rules.get("patterns"))
                        .containsEntry("email", FieldPatterns.EMAIL).containsEntry("phone", FieldPatterns.E164)
                        .containsEntry("phoneSeparators", FieldPatterns.PHONE_SEPARATORS)
                        .containsEntry("integer", FieldPatterns.INTEGER).containsEntry("vat", FieldPatterns.VAT)
                        .containsEntry("vatSeparators", FieldPatterns.VAT_SEPARATORS)
                        .containsEntry("date", FieldPatterns.ISO_DATE);
                Map<String, Object> messages = (Map<String, Object>) rules.get("messages");
                Messages bundle = Messages.of(lang);
                assertThat(messages.keySet()).containsExactlyElementsOf(
                        FormRules.CHECKED.stream().map(ErrorCode::name).toList());
                for (ErrorCode code : FormRules.CHECKED) {
                    assertThat(messages.get(code.name())).as("%s %s in %s", definition.id(), code, lang)
                            .isEqualTo(bundle.get("error." + code.name()));
                }
            }
        }
    }

    @Test
    void conditional_questions_say_in_words_when_they_apply_without_the_script() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Messages bundle = Messages.of(lang);
                Element form = formPage(definition.id(), lang).selectFirst("form[data-form=" + definition.id() + "]");
                for (Field field : definition.fields()) {
                    if (!field.conditional()) {
                        continue;
                    }
                    String where = definition.id() + "." + field.name() + " in " + lang;
                    Element wrapper = form.selectFirst("[data-field=" + field.name() + "]");
                    Element section = wrapper.closest("fieldset.section");
                    Element applies = wrapper.selectFirst("p.applies");
                    if (applies == null) {
                        applies = section.selectFirst("legend + p.applies");
                    }
                    assertThat(applies).as(where).isNotNull();
                    Field question = definition.field(field.shownWhen().field()).orElseThrow();
                    assertThat(applies.text()).as(where).contains(bundle.fieldLabel(question.name()));
                    for (String value : new TreeSet<>(field.shownWhen().values())) {
                        assertThat(applies.text()).as(where)
                                .contains(question.options().label(value, bundle));
                    }
                    List<String> describedBy = new ArrayList<>();
                    for (Element e : List.of(wrapper, section)) {
                        describedBy.addAll(List.of(e.attr("aria-describedby").split(" ")));
                    }
                    wrapper.select("[aria-describedby]").forEach(e ->
                            describedBy.addAll(List.of(e.attr("aria-describedby").split(" "))));
                    assertThat(describedBy).as(where).contains(applies.id());
                }
            }
        }
    }

    @Test
    void text_areas_with_a_minimum_tell_the_script_what_is_still_needed() {
        for (String lang : Languages.SUPPORTED) {
            Element form = formPage(Forms.SENDING, lang).selectFirst("form[data-form]");
            assertThat(Set.of("data-characters-needed-one", "data-characters-needed-other"))
                    .allSatisfy(name -> assertThat(form.attr(name)).as(lang).contains("{n}"));
        }
    }
}
