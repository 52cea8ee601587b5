package eu.mobilisesme.testing;

import eu.mobilisesme.config.Config;
import eu.mobilisesme.config.Dependencies;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A real dynalite (the pinned npm package) on a free loopback port, for tests. It can be stopped and started again
 * on the same port and data folder, which the fault tests use to take storage away mid-run.
 */
public final class Dynalite implements AutoCloseable {

    private final LoopbackProcess process;

    private Dynalite(LoopbackProcess process) {
        this.process = process;
    }

    /** Starts an in-memory dynalite, or explains in the exception why it cannot. */
    public static Dynalite start() {
        return start(null);
    }

    /** Starts dynalite keeping its data in a folder, so a restart finds it again. */
    public static Dynalite start(Path dataFolder) {
        return start(dataFolder, Duration.ZERO);
    }

    /** Starts an in-memory dynalite whose new tables stay CREATING for a while, as on AWS. */
    public static Dynalite startWithTableCreationTaking(Duration tableCreation) {
        return start(null, tableCreation);
    }

    private static Dynalite start(Path dataFolder, Duration tableCreation) {
        Path root = repositoryRoot().orElseThrow(() -> new ToolMissing(
                "dynalite is not installed: run `npm ci` at the repository root (node_modules/dynalite missing)"));
        if (!nodeAvailable()) {
            throw new ToolMissing("Node.js (`node`) is not on the PATH; dynalite needs it");
        }
        int port = LoopbackProcess.freePort();
        List<String> command = new ArrayList<>(List.of("node", root.resolve("node_modules/dynalite/cli.js").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", Long.toString(tableCreation.toMillis()), "--deleteTableMs", "0",
                "--updateTableMs", "0"));
        if (dataFolder != null) {
            command.addAll(List.of("--path", dataFolder.toString()));
        }
        Dynalite dynalite = new Dynalite(new LoopbackProcess("dynalite", port, command, Duration.ofSeconds(20)));
        dynalite.process.launch();
        return dynalite;
    }

    /** The folder holding package.json and node_modules/dynalite, searched upwards from the working directory. */
    public static Optional<Path> repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("node_modules/dynalite/cli.js"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean nodeAvailable() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the engine: requests fail until {@link #restart()}. */
    public void stop() {
        process.stop();
    }

    /** Starts the engine again on the same port and data folder. */
    public void restart() {
        process.restart();
    }

    public URI endpoint() {
        return process.endpoint();
    }

    /** Settings as the Lambda would read them, pointing at this engine. */
    public Config config(String table) {
        return Config.from(Map.of(
                Config.TABLE_NAME, table,
                Config.ALLOWED_ORIGINS, "https://site.example",
                Config.RETENTION_DAYS, "365",
                Config.DYNAMODB_ENDPOINT, endpoint().toString()));
    }

    public DynamoDbClient client() {
        return Dependencies.dynamoDb(config("unused"));
    }

    @Override
    public void close() {
        stop();
    }

    /** dynalite or Node.js is not installed here. */
    public static final class ToolMissing extends RuntimeException {
        public ToolMissing(String message) {
            super(message);
        }
    }
}
