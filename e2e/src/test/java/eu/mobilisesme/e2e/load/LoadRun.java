package eu.mobilisesme.e2e.load;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Sends many submissions to a running preview, as the page's script would: mixed forms and languages, each with its
 * own submission id, a share of them deliberately sent twice, and every 503 retried with the same id. Bounded in
 * count and time; loopback only.
 */
public final class LoadRun {

    /** How a run is shaped. */
    public record Plan(URI base, int submissions, int concurrency, double retryShare, Duration patience, long seed) {
    }

    /** What came back: acknowledged ids, every answer's status, and latencies of first attempts. */
    public record Report(Set<String> acknowledged, Map<Integer, Integer> statuses, List<Long> latenciesMicros,
                         int deliberateRetries, int retriesAfter503, Duration elapsed, List<String> failures,
                         List<Answer> answers) {

        public double throughput() {
            return acknowledged.size() / Math.max(0.001, elapsed.toMillis() / 1000.0);
        }

        public long percentileMicros(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }
    }

    /** One answer, with when it arrived (nanoTime), for the fault test's outage window. */
    public record Answer(String id, int status, long receivedNanos) {
    }

    private LoadRun() {
    }

    /** @param beforeEach called with the index of each submission before it is sent (the fault test hooks here) */
    public static Report run(Plan plan, IntConsumer beforeEach) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        String origin = plan.base().getScheme() + "://" + plan.base().getHost() + ":" + plan.base().getPort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger deliberate = new AtomicInteger();
        AtomicInteger after503 = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency());
        long start = System.nanoTime();
        for (int i = 0; i < plan.submissions(); i++) {
            int index = i;
            pool.submit(() -> {
                beforeEach.accept(index);
                Random random = new Random(plan.seed() + index);
                String form = List.of(Forms.SENDING, Forms.HOSTING, Forms.CONTACT).get(random.nextInt(3));
                String lang = Languages.SUPPORTED.get(random.nextInt(Languages.SUPPORTED.size()));
                String id = UUID.randomUUID().toString();
                Map<String, List<String>> values = new java.util.LinkedHashMap<>(Requests.withMeta(form, lang,
                        Samples.of(form, today)));
                values.put("submissionId", List.of(id));
                HttpRequest request = HttpRequest.newBuilder(plan.base().resolve(Requests.path(form)))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(Samples.json(values, Requests.multiValued(form))))
                        .build();
                try {
                    int status = sendUntilAnswered(http, request, id, plan, statuses, latencies, answers, after503);
                    if (status == 201 || status == 200) {
                        acknowledged.add(id);
                        if (random.nextDouble() < plan.retryShare()) {
                            deliberate.incrementAndGet();
                            int again = sendUntilAnswered(http, request, id, plan, statuses, null, answers, after503);
                            if (again != 200) {
                                failures.add(id + ": deliberate retry answered " + again);
                            }
                        }
                    } else {
                        failures.add(id + ": answered " + status);
                    }
                } catch (Exception e) {
                    failures.add(id + ": " + e);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            failures.add("the run did not finish within 30 minutes");
        }
        return new Report(acknowledged, statuses, latencies, deliberate.get(), after503.get(),
                Duration.ofNanos(System.nanoTime() - start), failures, answers);
    }

    /** Sends, retrying 503s and connection failures with backoff until the plan's patience runs out. */
    private static int sendUntilAnswered(HttpClient http, HttpRequest request, String id, Plan plan,
                                         Map<Integer, Integer> statuses, List<Long> latencies, List<Answer> answers,
                                         AtomicInteger after503) throws Exception {
        long deadline = System.nanoTime() + plan.patience().toNanos();
        long backoff = 50;
        boolean first = true;
        while (true) {
            long sent = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = -1;
            }
            long received = System.nanoTime();
            statuses.merge(status, 1, Integer::sum);
            answers.add(new Answer(id, status, received));
            if (first && latencies != null) {
                latencies.add((received - sent) / 1_000);
            }
            first = false;
            if ((status != 503 && status != -1) || received > deadline) {
                return status;
            }
            after503.incrementAndGet();
            Thread.sleep(backoff);
            backoff = Math.min(1_000, backoff * 2);
        }
    }
}
