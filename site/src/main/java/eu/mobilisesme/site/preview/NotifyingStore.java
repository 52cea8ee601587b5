package eu.mobilisesme.site.preview;

import eu.mobilisesme.notify.Notifier;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionItemMapper;
import eu.mobilisesme.submission.SubmissionStore;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the table's stream, which dynalite lacks: after each newly stored submission the notifier runs on
 * the stored item, in the background as on AWS, so the form's answer never waits for the e-mails.
 */
final class NotifyingStore implements SubmissionStore, AutoCloseable {

    private final SubmissionStore store;
    private final Notifier notifier;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-notifier");
        thread.setDaemon(true);
        return thread;
    });

    NotifyingStore(SubmissionStore store, Notifier notifier) {
        this.store = store;
        this.notifier = notifier;
    }

    @Override
    public SaveResult save(Submission submission) {
        SaveResult result = store.save(submission);
        if (result.kind() == SaveResult.Kind.STORED) {
            // The item as the stream's new image would carry it.
            var item = SubmissionItemMapper.toItem(submission);
            background.execute(() -> {
                try {
                    if (notifier.process(item, Duration.ZERO) == Notifier.Result.RETRY) {
                        System.err.println("E-mails of submission " + submission.id() + " not sent: on AWS the "
                                + "stream would retry them.");
                    }
                } catch (RuntimeException e) {
                    System.err.println("E-mails of submission " + submission.id() + " failed: " + e);
                }
            });
        }
        return result;
    }

    @Override
    public int participantsSent(String companyKey, String excludingId, int enough) {
        return store.participantsSent(companyKey, excludingId, enough);
    }

    @Override
    public void prime() {
        store.prime();
    }

    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
