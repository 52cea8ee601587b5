package eu.mobilisesme.bench.coldstart;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.submission.SubmissionTable;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Once before the cold-start runs, untimed: creates the table in dynalite and writes the request body every run
 * sends (a valid sending-company application from the test samples, dated from today, with an id placeholder).
 */
public final class ColdStartSetup {

    static final String ID_PLACEHOLDER = "00000000-0000-4000-8000-000000000000";

    private ColdStartSetup() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment();
        SubmissionTable.ensure(Dependencies.dynamoDb(config), config.tableName());
        String body = Requests.json(Forms.SENDING, "en", ID_PLACEHOLDER, Samples.sending(LocalDate.now())).body();
        Files.writeString(Path.of(args[0]), body, StandardCharsets.UTF_8);
    }
}
