package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.items.Item;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RowRendererTest {

    static final Labels EN = Labels.of("en", w -> { });

    static Map<String, String> row(Labels labels, Map<String, AttributeValue> attributes) {
        Item item = new Item(attributes);
        FormColumns form = FormColumns.of(formOf(item), labels);
        List<Cell> cells = new RowRenderer(labels).render(form, item);
        Map<String, String> byAttribute = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byAttribute.put(form.columns().get(i).attribute(), cells.get(i).text());
        }
        return byAttribute;
    }

    static String formOf(Item item) {
        return eu.mobilisesme.forms.Forms.byId(item.form()).isPresent() ? item.form() : FormColumns.OTHER;
    }

    @Test
    void reads_items_of_both_form_versions_into_the_same_sheet() {
        Instant at = Instant.parse("2026-03-02T09:15:30Z");
        Map<String, String> v1 = row(EN, Items.itemV1("sending", "old", "es", at));
        Map<String, String> v2 = row(EN, Items.item("sending", "new", "es", at));

        assertThat(v1.get("formVersion")).isEqualTo("1");
        assertThat(v1.get("p1Email")).isEqualTo("lucia@example.es");
        assertThat(v1.get("targetCountries")).isEqualTo("Belgium; Netherlands");
        assertThat(v1.get("contactFirstName")).isEqualTo("Ana");
        assertThat(v1.get(Column.EXTRA)).isEmpty();
        assertThat(v2.get("formVersion")).isEqualTo("2");
        assertThat(v2.get("name")).isEqualTo("Ana García");
        assertThat(v2.get("p1Role")).isEqualTo("Employee");
        assertThat(v2.get("p1Email")).isEmpty();
        assertThat(v2.get(Column.EXTRA)).isEmpty();
        assertThat(v1.keySet()).isEqualTo(v2.keySet());
    }

    @Test
    void shows_choices_as_labels_joined_in_the_form_order() {
        Map<String, AttributeValue> item = Items.itemV1("sending", "a", "es", Instant.parse("2026-03-02T09:15:30Z"),
                v -> v.put("targetCountries", List.of("NL", "BE")));

        Map<String, String> row = row(EN, item);

        assertThat(row.get("targetCountries")).isEqualTo("Belgium; Netherlands");
        assertThat(row.get("goals"))
                .isEqualTo("Market research and marketing strategies in other markets; "
                        + "Research and collaboration to find customers in foreign markets");
        assertThat(row.get("legalForm")).isEqualTo("Company");
        assertThat(row.get("lang")).isEqualTo("Spanish");
        assertThat(row.get("declareSme")).isEqualTo("Yes");
        assertThat(row.get("headcount")).isEqualTo("25");
        assertThat(row.get("eligibility")).isEqualTo("To review");
        assertThat(row.get("eligibilityReasons")).isEqualTo("No call open: the start date is a wish");
    }

    @Test
    void country_and_language_names_follow_the_chosen_language() {
        Map<String, AttributeValue> item = Items.itemV1("sending", "a", "es", Instant.parse("2026-03-02T09:15:30Z"));

        Map<String, String> row = row(Labels.of("de", w -> { }), item);

        assertThat(row.get("targetCountries")).isEqualTo("Belgien; Niederlande");
        assertThat(row.get("country")).isEqualTo("Spanien");
        assertThat(row.get("lang")).isEqualTo("Spanisch");
        assertThat(row.get("eligibility")).isEqualTo("Zu prüfen");
    }

    @Test
    void times_are_shown_in_brussels_summer_and_winter_time() {
        Map<String, String> winter = row(EN, Items.itemV1("contact", "w", "en", Instant.parse("2026-01-15T23:30:00Z")));
        Map<String, String> summer = row(EN, Items.itemV1("contact", "s", "en",
                Instant.parse("2026-07-15T22:05:59.999Z")));

        assertThat(winter.get("receivedAt")).isEqualTo("2026-01-16 00:30");
        assertThat(summer.get("receivedAt")).isEqualTo("2026-07-16 00:05");
        assertThat(summer.get("expiresAt")).isEqualTo("2027-07-16 00:05");
    }

    @Test
    void reasons_come_in_rule_order_and_unknown_codes_stay_readable() {
        Map<String, AttributeValue> item = Items.with(Items.itemV1("sending", "r", "en",
                        Instant.parse("2026-03-02T09:15:30Z")), "eligibilityReasons",
                AttributeValue.fromSs(List.of("NO_OPEN_CALL", "A_NEW_RULE", "COUNTRY_NOT_ELIGIBLE")));

        assertThat(row(EN, item).get("eligibilityReasons")).isEqualTo(
                "Country not eligible (United Kingdom); No call open: the start date is a wish; A_NEW_RULE");
    }

    @Test
    void missing_attributes_give_empty_cells_and_unknown_ones_go_to_extra_as_json() {
        Map<String, AttributeValue> item = Items.without(Items.with(Items.with(
                Items.itemV1("contact", "x", "nl", Instant.parse("2026-03-03T10:00:00Z")),
                "utmSource", AttributeValue.fromS("newsletter")),
                "scores", AttributeValue.fromNs(List.of("10", "9"))), "organisation", "country", "reference");

        Map<String, String> row = row(EN, item);

        assertThat(row.get("organisation")).isEmpty();
        assertThat(row.get("country")).isEmpty();
        assertThat(row.get("reference")).isEmpty();
        assertThat(row.get(Column.EXTRA)).isEqualTo("{\"scores\":[9,10],\"utmSource\":\"newsletter\"}");
    }

    @Test
    void internal_attributes_never_show() {
        Map<String, AttributeValue> item = Items.with(Items.itemV1("contact", "x", "nl",
                Instant.parse("2026-03-03T10:00:00Z")), "lastRetryAt", AttributeValue.fromS("2026-03-03T10:00:01Z"));

        Map<String, String> row = row(EN, item);

        assertThat(item).containsKey("payloadHash");
        assertThat(row.values()).noneMatch(v -> v.contains(item.get("payloadHash").s()));
        assertThat(row.get(Column.EXTRA)).isEmpty();
    }

    @Test
    void a_value_the_form_no_longer_offers_is_shown_as_stored() {
        Map<String, AttributeValue> item = Items.with(Items.itemV1("contact", "x", "nl",
                Instant.parse("2026-03-03T10:00:00Z")), "subject", AttributeValue.fromS("retired-subject"));

        assertThat(row(EN, item).get("subject")).isEqualTo("retired-subject");
    }

    @Test
    void items_of_an_unknown_form_keep_every_attribute() {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("z"), "form",
                AttributeValue.fromS("newsletter"), "topic", AttributeValue.fromS("events"),
                "receivedAt", AttributeValue.fromS("2026-03-03T10:00:00Z"));

        Map<String, String> row = row(EN, item);

        assertThat(row.get("id")).isEqualTo("z");
        assertThat(row.get(Column.EXTRA)).isEqualTo("{\"form\":\"newsletter\",\"topic\":\"events\"}");
    }
}
