package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.review.work.WorkColumns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FormColumnsTest {

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void headers_are_unique_within_each_form_in_every_language(String lang) {
        Labels labels = Labels.of(lang, warning -> { });
        for (FormDefinition form : Forms.all()) {
            List<String> headers = FormColumns.of(form.id(), labels).headers();
            assertThat(headers).as(lang + " " + form.id()).doesNotHaveDuplicates().doesNotContainNull();
        }
    }

    @Test
    void fields_follow_the_form_order_between_the_meta_columns() {
        FormColumns sending = FormColumns.of("sending", Labels.of("en", w -> { }));
        List<String> attributes = sending.columns().stream().map(Column::attribute).toList();
        List<String> fields = new java.util.ArrayList<>(
                Forms.byId("sending").orElseThrow().fields().stream().map(Field::name).toList());
        // Then what version 1 asked and version 2 no longer does, in version 1's order.
        Forms.retiredFields("sending").forEach(field -> fields.add(field.name()));

        assertThat(attributes.subList(0, 8))
                .containsExactly("reference", "receivedAt", "lang", "eligibility", "eligibilityReasons",
                        WorkColumns.STATUS, WorkColumns.CASE, WorkColumns.HISTORY);
        assertThat(attributes.subList(8, 8 + fields.size())).isEqualTo(fields);
        assertThat(attributes.subList(8 + fields.size(), attributes.size()))
                .containsExactly("channel", "formVersion", "privacyNoticeVersion", "expiresAt", "id", Column.EXTRA);
    }

    @Test
    void repeated_labels_get_their_section_and_others_stay_short() {
        List<String> headers = FormColumns.of("sending", Labels.of("en", w -> { })).headers();

        // Version 1's fields too: its items keep their columns.
        assertThat(headers).contains("Contact person: First name", "First participant: First name",
                "Second participant: E-mail address", "Second participant: Role in the company", "Legal name",
                "Country");
    }

    @Test
    void meta_headers_come_in_the_chosen_language() {
        List<String> headers = new ArrayList<>(FormColumns.of("contact", Labels.of("de", w -> { })).headers());

        assertThat(headers).startsWith("Referenz", "Eingegangen (Brüsseler Zeit)", "Sprache des Formulars");
        assertThat(FormColumns.of("contact", Labels.of("de", w -> { })).sheetName()).isEqualTo("Kontaktnachrichten");
    }

    @Test
    void contact_messages_have_no_eligibility_columns() {
        List<String> attributes = FormColumns.of("contact", Labels.of("en", w -> { })).columns().stream()
                .map(Column::attribute).toList();

        assertThat(attributes).doesNotContain("eligibility", "eligibilityReasons");
    }
}
