package eu.mobilisesme.testing;

import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.ParticipantLimit;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store contract in memory, for endpoint and hostile tests that need no DynamoDB engine: write once per id,
 * a retry with the same content answered with the assessment on record, other content refused.
 */
public final class InMemorySubmissionStore implements SubmissionStore {

    private final Map<String, Submission> items = new ConcurrentHashMap<>();

    @Override
    public synchronized SaveResult save(Submission submission) {
        Submission before = items.putIfAbsent(submission.id(), submission);
        if (before == null) {
            return SaveResult.stored(submission);
        }
        // As read back from a table: the reasons in rule order.
        return before.payloadHash().equals(submission.payloadHash())
                ? SaveResult.alreadyStored(before.eligibility().map(e -> new EligibilityResult(e.outcome(),
                        e.reasons().stream().sorted().toList())))
                : SaveResult.conflict();
    }

    @Override
    public synchronized int participantsSent(String companyKey, String excludingId, int enough) {
        int counted = 0;
        for (Submission s : items.values()) {
            if (!s.id().equals(excludingId)
                    && s.companyKey().filter(companyKey::equals).isPresent()) {
                counted += ParticipantLimit.participants(s.values());
            }
            if (counted >= enough) {
                break;   // the caller only needs to know whether the limit is passed
            }
        }
        return counted;
    }

    public List<Submission> all() {
        return List.copyOf(items.values());
    }

    public int count() {
        return items.size();
    }
}
