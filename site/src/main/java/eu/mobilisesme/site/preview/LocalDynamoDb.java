package eu.mobilisesme.site.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * dynalite, the pinned npm package, as the preview's DynamoDB: on a free loopback port, keeping its data in a
 * folder so that submissions survive a restart of the preview.
 */
final class LocalDynamoDb implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalDynamoDb(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalDynamoDb start(Path repository, Path dataFolder) throws IOException {
        Path cli = repository.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new PreviewException("dynalite is not installed: run `npm ci` in " + repository);
        }
        Files.createDirectories(dataFolder);
        int port = freePort();
        Process process;
        try {
            process = new ProcessBuilder(List.of("node", cli.toString(), "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--path", dataFolder.toString(),
                    "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"))
                    .redirectErrorStream(true)
                    .redirectOutput(dataFolder.resolveSibling("dynalite.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new PreviewException("could not start dynalite with Node.js (`node`): " + e.getMessage());
        }
        LocalDynamoDb engine = new LocalDynamoDb(process, port);
        engine.awaitListening();
        return engine;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new PreviewException("dynalite stopped at start (exit code " + process.exitValue()
                        + "); is another preview using the same data folder?");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new PreviewException("dynalite did not start listening within 20 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
