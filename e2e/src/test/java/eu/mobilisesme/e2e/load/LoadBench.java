package eu.mobilisesme.e2e.load;

import eu.mobilisesme.site.preview.PreviewServer;
import eu.mobilisesme.testing.Dynalite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A load run against a fresh preview server on its own dynalite, optionally with dynalite stopped for the middle
 * third of the run, followed by the proof: what is stored is exactly what was acknowledged.
 */
public final class LoadBench implements AutoCloseable {

    /** Everything a run showed, checked. */
    public record Result(LoadRun.Report report, int stored, int duplicates, Set<String> lost, Set<String> unasked,
                         List<LoadRun.Answer> successesDuringOutage, int answersDuringOutage) {
    }

    /** How long storage stays away in an outage run. */
    static final Duration OUTAGE = Duration.ofSeconds(3);

    private final Dynalite dynalite;
    private final PreviewServer preview;

    private LoadBench(Dynalite dynalite, PreviewServer preview) {
        this.dynalite = dynalite;
        this.preview = preview;
    }

    public static LoadBench start(Path repository) throws IOException {
        Path data = Files.createTempDirectory("load-dynalite");
        Dynalite dynalite = Dynalite.start(data);
        try {
            return new LoadBench(dynalite, PreviewServer.start(repository, 0, Optional.of(dynalite.endpoint()),
                    data, Files.createTempDirectory("load-outbox")));
        } catch (IOException | RuntimeException e) {
            dynalite.close();
            throw e;
        }
    }

    public Result run(int submissions, int concurrency, double retryShare, boolean outage) throws InterruptedException {
        AtomicLong outageStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong outageEnd = new AtomicLong(Long.MAX_VALUE);
        LoadRun.Plan plan = new LoadRun.Plan(preview.url(), submissions, concurrency, retryShare,
                Duration.ofSeconds(60), 42);
        Thread fault = new Thread(() -> {
            dynalite.stop();
            outageStart.set(System.nanoTime());
            try {
                Thread.sleep(OUTAGE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outageEnd.set(System.nanoTime());
            dynalite.restart();
        }, "storage-outage");
        // The outage is timed, not counted: clients retrying 503s would otherwise hold back the submission that
        // was meant to end it.
        LoadRun.Report report = LoadRun.run(plan, index -> {
            if (outage && index == submissions / 3) {
                fault.start();
            }
        });
        fault.join();
        DynamoDbClient client = dynalite.client();
        Set<String> stored = new HashSet<>();
        int duplicates = 0;
        Set<String> references = new HashSet<>();
        for (Map<String, AttributeValue> item : client.scanPaginator(b -> b.tableName(PreviewServer.TABLE)).items()) {
            if (!item.containsKey("form")) {
                continue; // the notifier's per-address rate items: not submissions
            }
            boolean newId = stored.add(item.get("id").s());
            boolean newReference = references.add(item.get("reference").s());
            if (!newId || !newReference) {
                duplicates++;
            }
        }
        Set<String> lost = new HashSet<>(report.acknowledged());
        lost.removeAll(stored);
        Set<String> unasked = new HashSet<>(stored);
        unasked.removeAll(report.acknowledged());
        // Answers that left the server well inside the outage: the margin covers requests already past dynalite.
        long margin = Duration.ofMillis(500).toNanos();
        List<LoadRun.Answer> during = !outage ? List.of() : report.answers().stream()
                .filter(a -> a.receivedNanos() - outageStart.get() > margin && a.receivedNanos() < outageEnd.get())
                .toList();
        return new Result(report, stored.size(), duplicates, lost, unasked,
                during.stream().filter(a -> a.status() >= 200 && a.status() < 300).toList(), during.size());
    }

    @Override
    public void close() {
        preview.close();
        dynalite.close();
    }
}
