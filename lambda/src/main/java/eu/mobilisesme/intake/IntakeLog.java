package eu.mobilisesme.intake;

import eu.mobilisesme.submission.SaveResult;
import java.util.Map;

/** The intake's log lines: what identifies a submission and its outcome, never a field value. */
final class IntakeLog {

    private IntakeLog() {
    }

    static void spam(String form) {
        line(Map.of("event", "refused", "form", form, "status", "0", "codes", "SPAM"));
    }

    static void stored(String form, String id, SaveResult saved) {
        line(Map.of("event", "stored", "form", form, "id", id, "result", saved.kind().name(),
                "eligibility", saved.eligibility().map(e -> e.outcome().code()).orElse("none")));
    }

    private static void line(Map<String, String> entries) {
        Log.event(entries);
    }
}
