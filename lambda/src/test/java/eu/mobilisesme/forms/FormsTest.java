package eu.mobilisesme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.http.FormEndpoint;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormsTest {

    @Test
    void field_names_are_unique_within_a_form() {
        for (FormDefinition form : Forms.all()) {
            List<String> names = form.fields().stream().map(Field::name).toList();
            assertThat(names).as(form.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void no_field_collides_with_a_stored_attribute_or_a_meta_field() {
        for (FormDefinition form : Forms.all()) {
            assertThat(form.fields()).extracting(Field::name).as(form.id())
                    .doesNotContainAnyElementsOf(SubmissionAttributes.ALL)
                    .doesNotContain(FormEndpoint.FORM, FormEndpoint.LANG, FormEndpoint.SUBMISSION_ID,
                            FormEndpoint.ELAPSED, FormEndpoint.HONEYPOT);
        }
    }

    @Test
    void conditions_refer_to_an_earlier_field_and_one_of_its_values() {
        for (FormDefinition form : Forms.all()) {
            List<Field> fields = form.fields();
            for (int i = 0; i < fields.size(); i++) {
                Condition condition = fields.get(i).shownWhen();
                if (condition == null) {
                    continue;
                }
                Field controller = form.field(condition.field()).orElseThrow();
                assertThat(fields.indexOf(controller)).as(fields.get(i).name()).isLessThan(i);
                assertThat(controller.optionValues()).as(fields.get(i).name()).containsAll(condition.values());
            }
        }
    }

    @Test
    void every_text_field_has_a_maximum_length_within_the_body_limit() {
        for (FormDefinition form : Forms.all()) {
            for (Field field : form.fields()) {
                assertThat(field.maxLength()).as(field.name()).isPositive().isLessThanOrEqualTo(5000);
                assertThat(field.minLength()).as(field.name()).isLessThanOrEqualTo(field.maxLength());
            }
        }
    }

    @Test
    void the_eligible_countries_are_those_of_the_programme() {
        assertThat(OptionSet.ELIGIBLE_COUNTRIES).hasSize(34).doesNotContain("GB", "LI", "CH", "UA")
                .contains("GR", "IS", "NO", "AL", "MK", "ME", "RS", "TR");
    }

    @Test
    void the_site_paths_exist_for_every_form_and_language() {
        for (FormDefinition form : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                assertThat(SitePaths.formPage(form.id(), lang)).startsWith("/" + lang + "/").endsWith("/");
                assertThat(SitePaths.thanksPage(form.id(), lang)).startsWith(SitePaths.formPage(form.id(), lang));
            }
        }
    }

    @Test
    void the_forms_are_short_counting_every_question_a_visitor_sees_with_one_participant() {
        // Issue 15: sending at most 20, hosting at most 18, contact at most 8 (docs/forms.md has the counts).
        assertThat(FillTime.questions(Forms.byId(Forms.SENDING).orElseThrow())).hasSize(20);
        assertThat(FillTime.questions(Forms.byId(Forms.HOSTING).orElseThrow())).hasSize(17);
        assertThat(FillTime.questions(Forms.byId(Forms.CONTACT).orElseThrow())).hasSize(8);
        assertThat(FillTime.questions(Forms.version(Forms.SENDING, 1).orElseThrow())).hasSize(51);
        assertThat(FillTime.questions(Forms.version(Forms.HOSTING, 1).orElseThrow())).hasSize(43);
        assertThat(FillTime.questions(Forms.version(Forms.CONTACT, 1).orElseThrow())).hasSize(9);
    }

    @Test
    void the_fill_time_follows_from_the_questions() {
        assertThat(FillTime.minutes(Forms.byId(Forms.SENDING).orElseThrow())).isEqualTo(5);
        assertThat(FillTime.minutes(Forms.byId(Forms.HOSTING).orElseThrow())).isEqualTo(6);
        assertThat(FillTime.seconds(Forms.version(Forms.SENDING, 1).orElseThrow())).isEqualTo(1200);
        assertThat(FillTime.seconds(Forms.byId(Forms.SENDING).orElseThrow())).isEqualTo(300);
        assertThat(FillTime.seconds(Forms.byId(Forms.HOSTING).orElseThrow())).isEqualTo(340);
    }

    @Test
    void the_form_version_is_2_and_version_1_is_kept_for_the_items_stored_then() {
        assertThat(Forms.FORM_VERSION).isEqualTo(2);
        for (FormDefinition form : Forms.all()) {
            assertThat(Forms.version(form.id(), 2)).contains(form);
            assertThat(Forms.version(form.id(), 1)).isPresent();
            List<String> current = form.fields().stream().map(Field::name).toList();
            assertThat(Forms.retiredFields(form.id())).extracting(Field::name).doesNotContainAnyElementsOf(current);
        }
        assertThat(Forms.retiredFields(Forms.SENDING)).extracting(Field::name)
                .contains("p1FirstName", "p1Email", "phone", "objectives", "newsletter");
        assertThat(Forms.version(Forms.SENDING, 3)).isEmpty();
    }
}
