package eu.mobilisesme.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.testing.Dynalite;
import eu.mobilisesme.testing.RequiredTool;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load and fault runs of {@code bench/load.sh} at small counts, so that what the benchmark proves stays true.
 */
class LoadAndFaultTest {

    LoadBench bench;

    @BeforeEach
    void start() throws Exception {
        Path repository = Dynalite.repositoryRoot().orElseThrow(() -> RequiredTool.missing("dynalite",
                "node_modules/dynalite is missing: run `npm ci`"));
        bench = LoadBench.start(repository);
    }

    @AfterEach
    void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void concurrent_submissions_with_retries_are_each_stored_exactly_once() throws Exception {
        LoadBench.Result result = bench.run(300, 16, 0.2, false);

        assertThat(result.report().failures()).isEmpty();
        assertThat(result.report().deliberateRetries()).isPositive();
        assertThat(result.stored()).isEqualTo(300).isEqualTo(result.report().acknowledged().size());
        assertThat(result.duplicates()).isZero();
        assertThat(result.lost()).isEmpty();
        assertThat(result.unasked()).isEmpty();
        assertThat(result.successesDuringOutage()).isEmpty();
    }

    @Test
    void during_a_storage_outage_nothing_succeeds_and_every_retry_after_it_is_stored_once() throws Exception {
        LoadBench.Result result = bench.run(240, 8, 0.05, true);

        assertThat(result.answersDuringOutage()).as("answers during the outage").isPositive();
        assertThat(result.successesDuringOutage()).as("successes while storage was down").isEmpty();
        assertThat(result.report().statuses()).containsKey(503);
        assertThat(result.report().failures()).isEmpty();
        assertThat(result.stored()).isEqualTo(240).isEqualTo(result.report().acknowledged().size());
        assertThat(result.duplicates()).isZero();
        assertThat(result.lost()).isEmpty();
        assertThat(result.unasked()).isEmpty();
    }
}
