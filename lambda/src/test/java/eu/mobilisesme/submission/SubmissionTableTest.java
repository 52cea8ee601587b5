package eu.mobilisesme.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.testing.Dynalite;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creating the local table, on an engine where creation takes time as it does on AWS. */
class SubmissionTableTest {

    @Test
    void a_table_still_creating_is_awaited_and_one_that_never_finishes_is_reported_in_time() {
        try (Dynalite slow = Dynalite.startWithTableCreationTaking(Duration.ofSeconds(3))) {
            var client = slow.client();

            SubmissionTable.ensure(client, "creating-slowly", Duration.ofSeconds(20));
            assertThat(client.describeTable(b -> b.tableName("creating-slowly")).table().tableStatus())
                    .isEqualTo(TableStatus.ACTIVE);

            // Giving up before the 3 s creation ends shows the wait is bounded by the patience, not by the engine.
            assertThatThrownBy(() -> SubmissionTable.ensure(client, "never-in-time", Duration.ofMillis(200)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("never-in-time")
                    .hasMessageContaining("did not become active")
                    .hasMessageContaining("Delete the table");
        }
    }
}
