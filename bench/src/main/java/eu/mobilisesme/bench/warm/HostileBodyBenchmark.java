package eu.mobilisesme.bench.warm;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.http.FormEndpoint;
import eu.mobilisesme.http.HttpAnswer;
import eu.mobilisesme.http.HttpRequest;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionStore;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costliest 64 KB bodies for Unicode normalisation, through the endpoint, storage excluded. Normalising a run
 * of combining marks of different classes costs the square of its length (one run of 32,000 took 2.7-8 s on the
 * build machine), so these are the bodies that once took seconds:
 * <ul>
 *   <li>{@code run-in-name}: one letter and 64 KB of marks in a short field (refused unread: far over the limit);
 *   <li>{@code run-in-message}: the same in the longest field (refused unread too);
 *   <li>{@code capped-runs}: runs of 30 marks, the most the validator normalises, filling the message up to the raw
 *       bound (normalised, then too long);
 *   <li>{@code capped-runs-everywhere}: such runs in the free-text fields of a hosting application (its name and offer).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HostileBodyBenchmark {

    /** Marks of two combining classes, above (230) then below (220): normalising must reorder every pair. */
    private static final String ABOVE = "\u0301";
    private static final String BELOW = "\u0316";
    private static final int MAX_BODY = 64 * 1024;

    @Param({"run-in-name", "run-in-message", "capped-runs", "capped-runs-everywhere"})
    public String body;

    private FormEndpoint endpoint;
    private HttpRequest request;
    private PrintStream stdout;

    @Setup
    public void setUp() {
        LocalDate today = LocalDate.now();
        Config config = Config.from(Map.of(Config.TABLE_NAME, "bench-submissions",
                Config.ALLOWED_ORIGINS, Requests.ORIGIN, Config.RETENTION_DAYS, "365", Config.AWS_REGION, "eu-west-1"));
        SubmissionStore none = new SubmissionStore() {
            @Override
            public SaveResult save(Submission submission) {
                return SaveResult.stored(submission);
            }

            @Override
            public int participantsSent(String companyKey, String excludingId, int enough) {
                return 0;
            }
        };
        boolean sending = body.equals("capped-runs-everywhere");
        // Version 2 of the sending form has no long texts; the hosting form's offer is the application's long text.
        String form = sending ? Forms.HOSTING : Forms.CONTACT;
        endpoint = new FormEndpoint(sending ? Forms.applicationForms() : List.of(Forms.CONTACT), config, none,
                Clock.systemUTC());
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of(form, today));
        switch (body) {
            case "run-in-name" -> values.put("name", List.of("a" + ABOVE.repeat(15_500) + BELOW.repeat(15_500)));
            case "run-in-message" -> values.put("message", List.of("a" + ABOVE.repeat(15_900) + BELOW.repeat(15_900)));
            case "capped-runs" -> values.put("message", List.of(runs(4 * 5_000 + 64)));
            default -> {
                values.put("offer", List.of(runs(4 * 3_000 + 64)));
                values.put("legalName", List.of(runs(4 * 200 + 64)));
            }
        }
        request = Requests.json(form, "en", "3f1c2a9e-8d4b-4c6f-9a7e-1b2c3d4e5f60", values);
        int bytes = request.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY) {
            throw new IllegalStateException(body + " is " + bytes + " bytes, over the 64 KB the endpoint reads");
        }
        stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        HttpAnswer answer = handle();
        if (answer.status() != 422) {
            throw new IllegalStateException("expected 422 for " + body + ", got " + answer.status());
        }
    }

    /** Runs of 30 marks on a letter, each to be reordered, to the given length in characters. */
    private static String runs(int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() + 31 <= length) {
            out.append('a').append(ABOVE.repeat(15)).append(BELOW.repeat(15));
        }
        return out.toString();
    }

    @TearDown
    public void tearDown() {
        System.setOut(stdout);
    }

    @Benchmark
    public HttpAnswer handle() {
        return endpoint.handle(request);
    }
}
