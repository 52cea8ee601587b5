package eu.mobilisesme.review.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExternalSortTest {

    @Test
    void sorts_in_memory_when_the_lines_fit() {
        List<String> sorted = new ArrayList<>();
        try (ExternalSort sort = new ExternalSort()) {
            List.of("b", "c", "a").forEach(sort::add);
            sort.forEachSorted(sorted::add);
            assertThat(sort.runsWritten()).isZero();
        }
        assertThat(sorted).containsExactly("a", "b", "c");
    }

    @Test
    void merges_runs_from_disk_when_the_lines_do_not_fit_even_past_the_fan_in() {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add(Integer.toString(random.nextInt(1_000_000), 36) + "\t" + "é🚀".repeat(random.nextInt(3)));
        }
        List<String> sorted = new ArrayList<>();
        Path folder;
        try (ExternalSort sort = new ExternalSort(2_000)) {
            lines.forEach(sort::add);
            sort.forEachSorted(sorted::add);
            assertThat(sort.runsWritten()).isGreaterThan(ExternalSort.FAN_IN);
            folder = sort.folder();
        }
        assertThat(folder).isNotNull();
        assertThat(sorted).isEqualTo(lines.stream().sorted().toList());
        assertThat(folder).as("temporary runs deleted").doesNotExist();
    }

    @Test
    void escaped_key_parts_hold_no_tab_or_line_break() {
        assertThat(ExternalSort.escape("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
        assertThat(ExternalSort.escape("plain")).isEqualTo("plain");
    }
}
