package eu.mobilisesme.e2e.load;

import java.nio.file.Path;

/**
 * {@code bench/load.sh}: the full load run (10,000 submissions at concurrency 32, 5% deliberate retries) and, with
 * {@code --outage}, the same with dynalite stopped for the middle third. Prints the figures and the proof.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
        int submissions = Integer.parseInt(System.getProperty("submissions", "10000"));
        int concurrency = Integer.parseInt(System.getProperty("concurrency", "32"));
        boolean outage = Boolean.parseBoolean(System.getProperty("outage", "false"));
        try (LoadBench bench = LoadBench.start(repository)) {
            LoadBench.Result result = bench.run(submissions, concurrency, 0.05, outage);
            LoadRun.Report report = result.report();
            System.out.printf("submissions %d, concurrency %d, outage %s%n", submissions, concurrency, outage);
            System.out.printf("elapsed %.1f s, throughput %.0f acknowledged/s%n", report.elapsed().toMillis() / 1000.0,
                    report.throughput());
            System.out.printf("first-attempt latency p50 %.1f ms, p99 %.1f ms%n", report.percentileMicros(0.50) / 1000.0,
                    report.percentileMicros(0.99) / 1000.0);
            System.out.printf("answers by status %s; deliberate retries %d; retries after 503 %d%n",
                    report.statuses(), report.deliberateRetries(), report.retriesAfter503());
            System.out.printf("acknowledged %d, stored %d, duplicates %d, lost %d, stored but never acknowledged %d%n",
                    report.acknowledged().size(), result.stored(), result.duplicates(), result.lost().size(),
                    result.unasked().size());
            if (outage) {
                System.out.printf("answers during the outage %d, of which successes %d%n",
                        result.answersDuringOutage(), result.successesDuringOutage().size());
            }
            boolean proven = report.failures().isEmpty() && result.duplicates() == 0 && result.lost().isEmpty()
                    && result.unasked().isEmpty() && result.stored() == submissions
                    && result.successesDuringOutage().isEmpty();
            System.out.println(proven ? "PROVEN: stored = acknowledged = unique ids; nothing lost, nothing doubled"
                    : "FAILED: " + report.failures().stream().limit(10).toList());
            System.exit(proven ? 0 : 1);
        }
    }
}
