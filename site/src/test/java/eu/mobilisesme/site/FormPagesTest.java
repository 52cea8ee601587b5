package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.http.FormEndpoint;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The baked form pages render every field of the backend's definitions, as the backend expects them. */
class FormPagesTest {

    private static final Set<FieldType> TEXT_LIKE =
            Set.of(FieldType.TEXT, FieldType.EMAIL, FieldType.TEL, FieldType.URL, FieldType.VAT, FieldType.TEXTAREA);

    private static Document formPage(String form, String lang) {
        return BakedSite.page(BakedSite.output().relativize(BakedSite.fileFor(SitePaths.formPage(form, lang))));
    }

    private static Element form(String id, String lang) {
        return formPage(id, lang).selectFirst("form[data-form=" + id + "]");
    }

    @Test
    void every_field_of_every_definition_is_on_its_form_page_with_its_label_in_every_language() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Element form = form(definition.id(), lang);
                for (Field field : definition.fields()) {
                    String where = definition.id() + "." + field.name() + " in " + lang;
                    var controls = form.select("[name=" + field.name() + "]");
                    assertThat(controls).as(where).isNotEmpty();
                    if (field.type().hasOptions() && field.type() != FieldType.SELECT) {
                        Element group = form.selectFirst("fieldset[data-field=" + field.name() + "]");
                        assertThat(group).as(where).isNotNull();
                        assertThat(group.selectFirst("legend").text()).as(where).isNotBlank();
                        assertThat(controls).as(where).hasSize(field.optionValues().size());
                        for (Element option : controls) {
                            assertThat(form.select("label[for=" + option.id() + "]")).as(where).hasSize(1);
                        }
                    } else {
                        assertThat(controls).as(where).hasSize(1);
                        Element control = controls.first();
                        assertThat(form.select("label[for=" + control.id() + "]")).as(where).hasSize(1);
                    }
                }
            }
        }
    }

    @Test
    void labels_are_the_english_bundle_texts_on_the_english_pages() {
        Messages english = Messages.of("en");
        for (FormDefinition definition : Forms.all()) {
            Element form = form(definition.id(), "en");
            for (Field field : definition.fields()) {
                Element label = field.type().hasOptions() && field.type() != FieldType.SELECT
                        ? form.selectFirst("fieldset[data-field=" + field.name() + "] > legend")
                        : form.selectFirst("label[for=f-" + field.name() + "]");
                assertThat(label.text()).as(field.name()).startsWith(english.fieldLabel(field.name()));
                if (field.required()) {
                    assertThat(label.text()).as(field.name()).endsWith("(" + english.get("ui.required") + ")");
                }
                if (field.hasHint()) {
                    assertThat(form.select("#f-" + field.name() + "-hint").text())
                            .isEqualTo(english.get("field." + field.name() + ".hint"));
                }
            }
        }
    }

    @Test
    void limits_required_and_autocomplete_come_from_the_definitions() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Element form = form(definition.id(), lang);
                for (Field field : definition.fields()) {
                    String where = definition.id() + "." + field.name() + " in " + lang;
                    var controls = form.select("[name=" + field.name() + "]");
                    Element control = controls.first();
                    if (TEXT_LIKE.contains(field.type())) {
                        assertThat(control.attr("maxlength")).as(where).isEqualTo(String.valueOf(field.maxLength()));
                    }
                    boolean required = field.required() && !field.conditional() && field.type() != FieldType.CHECKBOXES;
                    assertThat(controls).as(where).allSatisfy(c -> assertThat(c.hasAttr("required")).isEqualTo(required));
                    if (field.autocomplete() != null) {
                        assertThat(control.attr("autocomplete")).as(where).isEqualTo(field.autocomplete());
                    }
                    if (field.type() == FieldType.INTEGER) {
                        assertThat(control.attr("min")).isEqualTo(String.valueOf(field.min()));
                        if (!field.maxIsCurrentYear()) {
                            assertThat(control.attr("max")).isEqualTo(String.valueOf(field.max()));
                        }
                    }
                    if (field.type() == FieldType.DATE) {
                        // Limits relative to today are set by the script when the page loads: a baked date would age.
                        assertThat(control.hasAttr("min") || control.hasAttr("max")).as(where).isFalse();
                    }
                    if (field.conditional()) {
                        Element wrapper = form.selectFirst("[data-field=" + field.name() + "]");
                        assertThat(wrapper.attr("data-shown-when")).as(where).isEqualTo(field.shownWhen().field());
                        assertThat(Set.of(wrapper.attr("data-shown-values").split(" ")))
                                .isEqualTo(field.shownWhen().values());
                    }
                    if (field.type().hasOptions()) {
                        var values = field.type() == FieldType.SELECT
                                ? control.select("option:not([value=''])").eachAttr("value")
                                : controls.eachAttr("value");
                        assertThat(values).as(where).containsExactlyInAnyOrderElementsOf(field.optionValues());
                    }
                }
            }
        }
    }

    @Test
    void forms_post_to_their_endpoint_with_the_meta_fields_and_a_hidden_spam_trap() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Element form = form(definition.id(), lang);
                assertThat(form.attr("method")).isEqualTo("post");
                assertThat(form.attr("action")).isEqualTo(definition.endpoint());
                assertThat(form.attr("accept-charset")).isEqualTo("UTF-8");
                assertThat(form.select("input[type=hidden][name=" + FormEndpoint.LANG + "]").attr("value")).isEqualTo(lang);
                assertThat(form.select("input[type=hidden][name=" + FormEndpoint.SUBMISSION_ID + "]")).singleElement()
                        .satisfies(e -> assertThat(e.attr("value")).isEmpty());
                assertThat(form.select("input[type=hidden][name=" + FormEndpoint.ELAPSED + "]")).singleElement()
                        .satisfies(e -> assertThat(e.attr("value")).isEmpty())
                        .satisfies(e -> assertThat(e.attr("data-fill")).isEqualTo("elapsed"));
                var formField = form.select("input[type=hidden][name=" + FormEndpoint.FORM + "]");
                if (Forms.applicationForms().contains(definition.id())) {
                    assertThat(formField.attr("value")).isEqualTo(definition.id());
                } else {
                    assertThat(formField).isEmpty();
                }
                Element trap = form.selectFirst("input[name=" + FormEndpoint.HONEYPOT + "]");
                assertThat(trap.attr("type")).isEqualTo("text");
                assertThat(trap.attr("tabindex")).isEqualTo("-1");
                assertThat(trap.attr("autocomplete")).isEqualTo("off");
                assertThat(trap.closest("[aria-hidden=true]")).isNotNull();
                assertThat(form.select("label[for=" + trap.id() + "]").text()).isNotBlank();
                assertThat(form.select("[name]").eachAttr("name")).allSatisfy(name -> assertThat(
                        definition.field(name).isPresent() || Set.of(FormEndpoint.FORM, FormEndpoint.LANG,
                                FormEndpoint.SUBMISSION_ID, FormEndpoint.ELAPSED, FormEndpoint.HONEYPOT).contains(name))
                        .as("%s is a field the backend knows", name).isTrue());
                assertThat(form.select("button[type=submit]").text()).isNotBlank();
                assertThat(form.select(".error-summary[tabindex=-1][hidden]")).hasSize(1);
                assertThat(formPage(definition.id(), lang).select("script[src*=forms.js]")).hasSize(1);
                assertThat(formPage(definition.id(), lang).select("script#form-strings[type=application/json]"))
                        .hasSize(1);
            }
        }
    }

    @Test
    void choices_are_grouped_in_fieldsets_whose_hints_are_tied_by_aria_describedby() {
        Element form = form(Forms.SENDING, "en");
        for (Element hint : form.select("p.hint")) {
            assertThat(form.select("[aria-describedby~=" + hint.id() + "]")).as(hint.id()).hasSize(1);
        }
        for (Element radio : form.select("input[type=radio], .choices input[type=checkbox]")) {
            assertThat(radio.closest("fieldset.choices").selectFirst("legend")).isNotNull();
        }
    }

    @Test
    void thank_you_pages_show_the_reference_with_the_script_and_say_where_it_is_without() {
        for (String form : Forms.all().stream().map(FormDefinition::id).toList()) {
            for (String lang : Languages.SUPPORTED) {
                Document page = BakedSite.page(BakedSite.output().relativize(BakedSite.fileFor(SitePaths.thanksPage(form, lang))));
                assertThat(page.select("[data-reference][hidden] [data-reference-value]")).hasSize(1);
                assertThat(page.select("noscript").html()).contains("ref=");
                assertThat(page.select("script[src*=forms.js]")).hasSize(1);
                int outcomes = Forms.applicationForms().contains(form) ? 3 : 0;
                assertThat(page.select("[data-outcome][hidden]")).hasSize(outcomes);
            }
        }
        Path english = BakedSite.output().relativize(BakedSite.fileFor(SitePaths.thanksPage(Forms.SENDING, "en")));
        assertThat(BakedSite.page(english).select("[data-outcome=needs-review]").text())
                .isEqualTo(Messages.of("en").get("outcome.needs-review"));
    }

    private static Document page(String urlPath) {
        return BakedSite.page(BakedSite.output().relativize(BakedSite.fileFor(urlPath)));
    }

    @Test
    void the_check_is_on_every_who_can_participate_page_with_all_its_questions_and_its_own_script() {
        for (String lang : Languages.SUPPORTED) {
            Document page = page(SitePaths.whoCanParticipate(lang));
            Element check = page.selectFirst("form[data-check]");
            assertThat(check).as(lang).isNotNull();
            assertThat(check.attr("action")).isEqualTo("/api/check");
            assertThat(check.attr("method")).isEqualTo("post");
            assertThat(check.select("input[type=hidden][name=lang]").attr("value")).isEqualTo(lang);
            for (Field field : Forms.check().fields()) {
                assertThat(check.select("[name=" + field.name() + "]")).as(field.name() + " in " + lang).isNotEmpty();
            }
            assertThat(check.select("[data-shown-when=side]")).as("questions for one side").hasSize(4);
            assertThat(check.select("p.hint.applies").eachText()).as("the side each question is for")
                    .contains(Messages.of(lang).get("check.activeDaily.when"),
                            Messages.of(lang).get("check.headcount.when"));
            assertThat(page.select("h2#check-title").text()).isEqualTo(Messages.of(lang).get("form.check.title"));
            assertThat(page.select("script[src*=check.js]")).hasSize(1);
            assertThat(page.select("script[src*=forms.js]")).isEmpty();
        }
    }

    @Test
    void each_expression_of_interest_opens_with_the_check_for_its_side_and_contact_has_none() {
        for (String lang : Languages.SUPPORTED) {
            Document sending = formPage(Forms.SENDING, lang);
            Element check = sending.selectFirst("form[data-check]");
            assertThat(check.select("input[type=hidden][name=side]").attr("value")).isEqualTo("send");
            assertThat(check.select("[name=activeDaily]")).isEmpty();
            assertThat(check.select("[name=headcount], [name=durationMonths], [name=smeThresholds]")).hasSize(4);
            assertThat(check.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("check-"));
            assertThat(check.select("p.applies")).as("the side is known above a form: no 'only if you send'")
                    .isEmpty();
            assertThat(check.select("[aria-describedby*=-when]")).isEmpty();
            Document hosting = formPage(Forms.HOSTING, lang);
            assertThat(hosting.select("form[data-check] input[type=hidden][name=side]").attr("value"))
                    .isEqualTo("host");
            assertThat(hosting.select("form[data-check] [name=headcount]")).isEmpty();
            assertThat(formPage(Forms.CONTACT, lang).select("form[data-check]")).isEmpty();
            assertThat(sending.select("script[src*=check.js]")).hasSize(1);
        }
    }

    @Test
    void the_privacy_box_of_every_form_links_the_privacy_notice_of_its_language() {
        for (FormDefinition definition : Forms.all()) {
            for (String lang : Languages.SUPPORTED) {
                Element box = form(definition.id(), lang).selectFirst("[data-field=privacyNotice]");
                Element link = box.selectFirst("a");
                assertThat(link.attr("href")).as(definition.id() + " " + lang).isEqualTo(SitePaths.privacyNotice(lang));
                assertThat(link.text()).isEqualTo(Messages.of(lang).get("ui.privacyLink"));
                assertThat(BakedSite.fileFor(SitePaths.privacyNotice(lang))).exists();
            }
        }
    }

    @Test
    void the_stated_fill_time_is_the_one_derived_from_the_questions() {
        String sending = formPage(Forms.SENDING, "en").text();
        String hosting = formPage(Forms.HOSTING, "de").text();

        assertThat(sending).contains("Filling in the form takes about "
                + eu.mobilisesme.forms.FillTime.minutes(Forms.byId(Forms.SENDING).orElseThrow()) + " minutes.");
        assertThat(hosting).contains("Das Ausfüllen dauert etwa "
                + eu.mobilisesme.forms.FillTime.minutes(Forms.byId(Forms.HOSTING).orElseThrow()) + " Minuten.");
    }

    @Test
    void the_duration_field_takes_1_to_6_months() {
        for (String lang : Languages.SUPPORTED) {
            Element duration = form(Forms.SENDING, lang).selectFirst("input[name=durationMonths]");
            assertThat(duration.attr("min")).isEqualTo("1");
            assertThat(duration.attr("max")).isEqualTo("6");
        }
    }
}
