package eu.mobilisesme.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * A real {@code moto_server} (Python) on a free loopback port: the SES v2 API the notify tests send to, and its
 * {@code /moto-api/data.json}, which lists every message SES accepted with its raw MIME. It can be stopped and
 * started again on the same port, which the tests use to take SES away mid-run.
 */
public final class MotoServer implements AutoCloseable {

    private final LoopbackProcess process;

    private MotoServer(LoopbackProcess process) {
        this.process = process;
    }

    /** Starts moto_server, or throws {@link ToolMissing} when it is not on the PATH. */
    public static MotoServer start() {
        if (!onPath()) {
            throw new ToolMissing("moto_server is not on the PATH (pip install 'moto[server]')");
        }
        int port = LoopbackProcess.freePort();
        MotoServer moto = new MotoServer(new LoopbackProcess("moto_server", port,
                List.of("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port)), Duration.ofSeconds(30)));
        moto.process.launch();
        return moto;
    }

    /** Starts moto_server for a test class: when it is missing, the class is skipped loudly (failed under CI). */
    public static MotoServer startRequired() {
        try {
            return start();
        } catch (ToolMissing missing) {
            throw RequiredTool.missing("moto_server", missing.getMessage());
        }
    }

    private static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "moto_server"))) {
                return true;
            }
        }
        return false;
    }

    public URI endpoint() {
        return process.endpoint();
    }

    /** Stops the server: SES calls fail until {@link #restart()}, which starts it empty. */
    public void stop() {
        process.stop();
    }

    public void restart() {
        process.restart();
    }

    /** Forgets every identity and message. */
    public void reset() {
        call(HttpRequest.newBuilder(endpoint().resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A message SES accepted: its envelope and its raw MIME as sent. */
    public record SentMessage(String id, String source, List<String> destinations, String raw) {
    }

    /** Every raw message SES (v1 or v2) accepted since the last reset, in order. */
    public List<SentMessage> sentMessages() {
        String json = call(HttpRequest.newBuilder(endpoint().resolve("/moto-api/data.json")).GET().build());
        JsonNode ses = JsonNode.parser().parse(json).asObject().get("ses");
        List<SentMessage> messages = new ArrayList<>();
        if (ses == null || ses.asObject().get("RawMessage") == null) {
            return messages;
        }
        for (JsonNode message : ses.asObject().get("RawMessage").asArray()) {
            var fields = message.asObject();
            messages.add(new SentMessage(fields.get("id").text(), fields.get("source").text(),
                    fields.get("destinations").asArray().stream().map(JsonNode::text).toList(),
                    fields.get("raw_data").text()));
        }
        return messages;
    }

    private String call(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto_server answered " + response.statusCode() + " to "
                        + request.uri());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** moto_server is not installed here. */
    public static final class ToolMissing extends RuntimeException {
        public ToolMissing(String message) {
            super(message);
        }
    }
}
