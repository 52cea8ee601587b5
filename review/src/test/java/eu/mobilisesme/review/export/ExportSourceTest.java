package eu.mobilisesme.review.export;

import static eu.mobilisesme.review.fixtures.ExportFixture.change;
import static eu.mobilisesme.review.fixtures.ExportFixture.micros;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.fixtures.ExportFixture;
import eu.mobilisesme.review.fixtures.Items;
import eu.mobilisesme.review.items.Item;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExportSourceTest {

    static final Instant FULL = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path download;

    final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    final Console console = new Console(new PrintStream(messages, true, StandardCharsets.UTF_8), false);

    static Map<String, AttributeValue> sending(String seed, String day) {
        return Items.itemV1("sending", seed, "en", Instant.parse(day + "T09:00:00Z"));
    }

    @Test
    void reads_every_data_file_of_a_full_export_including_empty_partitions() {
        ExportFixture.full(download, "01700000000000-aaaa1111", FULL)
                .items(List.of(sending("a", "2026-03-01"), sending("b", "2026-03-02")))
                .emptyFile()
                .zeroByteFile()
                .items(List.of(sending("c", "2026-03-03")))
                .write();

        assertThat(ids(read(download))).containsExactlyInAnyOrder(id("a"), id("b"), id("c"));
    }

    @Test
    void finds_the_export_from_its_own_folder_as_well_as_from_any_folder_above() {
        Path folder = ExportFixture.full(download, "01700000000000-aaaa1111", FULL)
                .items(List.of(sending("a", "2026-03-01"))).write();

        assertThat(ids(read(folder))).containsExactly(id("a"));
        assertThat(ids(read(download.resolve("AWSDynamoDB")))).containsExactly(id("a"));
    }

    @Test
    void applies_incremental_inserts_updates_and_deletes_over_the_full_export() {
        Map<String, AttributeValue> kept = sending("kept", "2026-03-01");
        Map<String, AttributeValue> updated = sending("updated", "2026-03-02");
        Map<String, AttributeValue> deleted = sending("deleted", "2026-03-03");
        ExportFixture.full(download, "01700000000000-aaaa1111", FULL)
                .items(List.of(kept, updated)).items(List.of(deleted)).write();
        Instant t1 = FULL.plusSeconds(3600);
        Map<String, AttributeValue> updatedOnce = Items.with(updated, "city", AttributeValue.fromS("Córdoba"));
        Map<String, AttributeValue> updatedTwice = Items.with(updated, "city", AttributeValue.fromS("Málaga"));
        Map<String, AttributeValue> inserted = sending("inserted", "2026-11-20");
        Map<String, AttributeValue> insertedThenDeleted = sending("short-lived", "2026-11-20");
        ExportFixture.incremental(download, "01700000000001-bbbb2222", FULL, FULL.plusSeconds(7200))
                .lines(List.of(
                        change(micros(t1), id("updated"), updatedOnce, updated),
                        change(micros(t1), id("inserted"), inserted, null),
                        change(micros(t1), id("short-lived"), insertedThenDeleted, null)))
                .write();
        ExportFixture.incremental(download, "01700000000002-cccc3333", FULL.plusSeconds(7200),
                        FULL.plusSeconds(14400))
                .lines(List.of(
                        change(micros(t1.plusSeconds(5000)), id("updated"), updatedTwice, updatedOnce),
                        change(micros(t1.plusSeconds(5000)), id("deleted"), null, deleted),
                        change(micros(t1.plusSeconds(5000)), id("short-lived"), null, insertedThenDeleted)))
                .emptyFile()
                .write();

        Map<String, Item> state = byId(read(download));

        assertThat(state.keySet()).containsExactlyInAnyOrder(id("kept"), id("updated"), id("inserted"));
        assertThat(state.get(id("updated")).string("city")).isEqualTo("Málaga");
        assertThat(state.get(id("kept")).attributes()).isEqualTo(kept);
    }

    @Test
    void applies_changes_by_write_time_not_by_file_order_and_skips_those_already_in_the_full_export() {
        Map<String, AttributeValue> item = sending("x", "2026-03-01");
        ExportFixture.full(download, "01700000000000-aaaa1111", FULL).items(List.of(item)).write();
        Map<String, AttributeValue> older = Items.with(item, "city", AttributeValue.fromS("older than the export"));
        Map<String, AttributeValue> newest = Items.with(item, "city", AttributeValue.fromS("newest"));
        Map<String, AttributeValue> middle = Items.with(item, "city", AttributeValue.fromS("middle"));
        String bareTimestamp = "{\"Metadata\":{\"WriteTimestampMicros\":" + micros(FULL.plusSeconds(50))
                + "},\"Keys\":{\"id\":{\"S\":\"" + id("x") + "\"}},\"NewImage\":"
                + eu.mobilisesme.review.items.DynamoJson.toLine(middle) + "}";
        ExportFixture.incremental(download, "01700000000001-bbbb2222", FULL.minusSeconds(3600),
                        FULL.plusSeconds(3600))
                .lines(List.of(change(micros(FULL.plusSeconds(100)), id("x"), newest, item),
                        bareTimestamp,
                        change(micros(FULL.minusSeconds(10)), id("x"), older, item)))
                .write();

        assertThat(byId(read(download)).get(id("x")).string("city")).isEqualTo("newest");
    }

    @Test
    void ignores_exports_older_than_the_newest_full_export_and_says_so() {
        ExportFixture.full(download.resolve("old"), "01600000000000-dddd4444", FULL.minusSeconds(86_400))
                .items(List.of(sending("gone", "2026-03-01"))).write();
        ExportFixture.full(download.resolve("new"), "01700000000000-aaaa1111", FULL)
                .items(List.of(sending("a", "2026-03-01"))).write();

        assertThat(ids(read(download))).containsExactly(id("a"));
        assertThat(messages.toString(StandardCharsets.UTF_8))
                .contains("ignoring full export 01600000000000-dddd4444");
    }

    private List<Item> read(Path folder) {
        ExportSource source = ExportSource.open(List.of(folder), console);
        List<Item> items = new ArrayList<>();
        source.forEach(items::add);
        return items;
    }

    static List<String> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    static Map<String, Item> byId(List<Item> items) {
        Map<String, Item> map = new TreeMap<>();
        items.forEach(item -> map.put(item.id(), item));
        return map;
    }

    static String id(String seed) {
        return Items.id(seed).toString();
    }
}
