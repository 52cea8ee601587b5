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
            // The current fields and those version 1 asked: items of both versions are read.
            List<String> fields = new java.util.ArrayList<>(
                    Forms.byId(form).orElseThrow().fields().stream().map(Field::name).toList());
            Forms.retiredFields(form).forEach(field -> fields.add(field.name()));
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
            Forms.retiredFields(form.id()).stream().filter(field -> field.type() == FieldType.EMAIL)
                    .forEach(field -> assertThat(emails).as(form.id() + " v1").contains(field.name()));
        }
    }

    @Test
    void every_personal_field_of_both_versions_is_in_a_group() {
        List<String> personal = List.of("name", "contactFirstName", "contactLastName", "contactJobTitle", "phone",
                "p1FirstName", "p1LastName", "p1Email", "p2FirstName", "p2LastName", "p2Email", "hostEmail");
        for (FormDefinition form : Forms.all()) {
            List<String> grouped = PersonGroups.of(form.id()).stream().flatMap(g -> g.fields().stream()).toList();
            List<String> asked = new java.util.ArrayList<>(form.fields().stream().map(Field::name).toList());
            Forms.retiredFields(form.id()).forEach(field -> asked.add(field.name()));
            asked.stream().filter(personal::contains)
                    .forEach(field -> assertThat(grouped).as(form.id() + " groups " + field).contains(field));
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
