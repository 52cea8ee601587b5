package eu.mobilisesme.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void a_reference_is_stable_readable_and_free_of_ambiguous_letters() {
        UUID id = UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab");

        assertThat(References.of(id)).isEqualTo(References.of(id)).matches(References.FORMAT);
        assertThat(References.of(id)).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void references_rarely_collide() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(References.of(UUID.randomUUID()));
        }
        assertThat(seen).hasSizeGreaterThan(99_990);
    }
}
