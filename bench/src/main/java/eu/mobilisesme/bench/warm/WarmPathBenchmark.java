package eu.mobilisesme.bench.warm;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import eu.mobilisesme.config.Config;
import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.http.ApplyHandler;
import eu.mobilisesme.http.ContactHandler;
import eu.mobilisesme.http.HttpRequest;
import eu.mobilisesme.submission.SaveResult;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionItemMapper;
import eu.mobilisesme.submission.SubmissionStore;
import eu.mobilisesme.testing.Requests;
import eu.mobilisesme.testing.Samples;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
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
 * A warm request through the real handler, storage excluded: API Gateway event in, read and parse, language and
 * form, validation, eligibility, payload hash, DynamoDB item mapping, answer out. The store only maps the item and
 * reports it stored. Forked JVMs run with Lambda's flags (C1 only, serial GC), as the function does when warm.
 * The one log line per request is still formatted, but written to a discarding stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WarmPathBenchmark {

    @Param({"sending", "hosting", "contact"})
    public String form;

    @Param({"json", "urlencoded"})
    public String format;

    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private APIGatewayV2HTTPEvent event;
    private PrintStream stdout;
    private volatile Map<?, ?> lastItem;

    @Setup
    public void setUp() {
        LocalDate today = LocalDate.now();
        Config config = Config.from(Map.of(
                Config.TABLE_NAME, "bench-submissions",
                Config.ALLOWED_ORIGINS, Requests.ORIGIN,
                Config.RETENTION_DAYS, "365",
                Config.AWS_REGION, "eu-west-1",
                Config.CALL_WINDOW, today + "/" + today.plusYears(1)));
        SubmissionStore mapOnly = new SubmissionStore() {
            @Override
            public SaveResult save(Submission submission) {
                lastItem = SubmissionItemMapper.toItem(submission);
                return SaveResult.stored(submission);
            }

            @Override
            public int participantsSent(String companyKey, String excludingId, int enough) {
                return 0;   // storage is excluded: the company's first application
            }
        };
        Dependencies dependencies = new Dependencies(config, mapOnly, Clock.systemUTC());
        handler = form.equals(Forms.CONTACT) ? new ContactHandler(dependencies) : new ApplyHandler(dependencies);
        boolean json = format.equals("json");
        HttpRequest request = json
                ? Requests.json(form, "en", "3f1c2a9e-8d4b-4c6f-9a7e-1b2c3d4e5f60", Samples.of(form, today))
                : Requests.formPost(form, "en", Samples.of(form, today));
        event = event(request);

        stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        APIGatewayV2HTTPResponse response = handle();
        int expected = json ? 201 : 303;
        if (response.getStatusCode() != expected || lastItem == null) {
            throw new IllegalStateException("expected " + expected + " and a mapped item for " + form + "/" + format
                    + ", got " + response.getStatusCode() + " " + response.getBody());
        }
    }

    @TearDown
    public void tearDown() {
        System.setOut(stdout);
    }

    @Benchmark
    public APIGatewayV2HTTPResponse handle() {
        return handler.handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent event(HttpRequest request) {
        var http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(request.method());
        http.setPath(request.path());
        var context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        var event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath(request.path());
        event.setHeaders(request.headers());
        event.setBody(request.body());
        event.setIsBase64Encoded(request.base64());
        event.setRequestContext(context);
        return event;
    }
}
