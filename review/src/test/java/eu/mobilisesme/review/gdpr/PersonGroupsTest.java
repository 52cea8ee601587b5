package eu.mobilisesme.review.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonGroupsTest {

    @Test
    void every_person_field_named_exists_in_its_form_and_each_group_has_its_e_mail_field() {
        assertThat(PersonGroups.all().keySet()).containsExactlyInAnyOrderElementsOf(
                Forms.all().stream().map(FormDefinition::id).toList());
        PersonGroups.all().forEach((form, groups) -> {
            List<String> fields = Forms.byId(form).orElseThrow().fields().stream().map(Field::name).toList();
            for (PersonGroups.Group group : groups) {
                assertThat(fields).as(form + " " + group.role()).containsAll(group.fields());
                assertThat(group.fields()).as(form + " " + group.role()).contains(group.emailField());
            }
            assertThat(groups.stream().filter(PersonGroups.Group::submitter)).as(form).hasSize(1);
        });
    }

    @Test
    void every_e_mail_field_of_every_form_belongs_to_a_person_group() {
        for (FormDefinition form : Forms.all()) {
            List<String> emails = PersonGroups.of(form.id()).stream().map(PersonGroups.Group::emailField).toList();
            form.fields().stream().filter(field -> field.type() == FieldType.EMAIL)
                    .forEach(field -> assertThat(emails).as(form.id()).contains(field.name()));
        }
    }

    @Test
    void no_field_is_in_two_groups_of_a_form() {
        PersonGroups.all().forEach((form, groups) -> {
            List<String> all = groups.stream().flatMap(g -> g.fields().stream()).toList();
            assertThat(all).as(form).doesNotHaveDuplicates();
        });
    }
}
