package eu.mobilisesme.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.mobilisesme.config.CheckConfig;
import eu.mobilisesme.config.Config;
import eu.mobilisesme.config.Dependencies;
import eu.mobilisesme.http.ApplyHandler;
import eu.mobilisesme.http.CheckHandler;
import eu.mobilisesme.http.ContactHandler;
import eu.mobilisesme.notify.MessageComposer;
import eu.mobilisesme.notify.NoticeClaims;
import eu.mobilisesme.notify.Notifier;
import eu.mobilisesme.notify.NotifyClients;
import eu.mobilisesme.notify.NotifySettings;
import eu.mobilisesme.notify.RateLimit;
import eu.mobilisesme.site.BakeFailedException;
import eu.mobilisesme.site.Baker;
import eu.mobilisesme.submission.SubmissionTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole product on one machine: the baked site, re-baked when a source changes, and {@code /api/*} routed into
 * the real Lambda handlers as the API Gateway HTTP API calls them, storing into dynalite (or any DynamoDB endpoint).
 */
public final class PreviewServer implements AutoCloseable {

    public static final String TABLE = "mobilisesme-local";

    private final HttpServer server;
    private final LocalDynamoDb dynamoDb;
    private final Path repository;
    private final Path output;
    private URI dynamoEndpoint;
    private ExecutorService executor;
    private final SiteSources sources;
    private long bakedAt;
    private NotifyingStore notifyingStore;
    private Path outbox;
    private final java.util.concurrent.atomic.AtomicLong apiRequests = new java.util.concurrent.atomic.AtomicLong();

    private PreviewServer(HttpServer server, LocalDynamoDb dynamoDb, Path repository, Path output) {
        this.server = server;
        this.dynamoDb = dynamoDb;
        this.repository = repository;
        this.output = output;
        this.sources = new SiteSources(repository);
    }

    /**
     * Starts the preview.
     *
     * @param port where to listen on loopback; 0 picks a free port
     * @param endpoint a DynamoDB endpoint to use; when empty, dynalite is started on {@code dataFolder}
     */
    public static PreviewServer start(Path repository, int port, Optional<URI> endpoint, Path dataFolder)
            throws IOException {
        return start(repository, port, endpoint, dataFolder, dataFolder.resolveSibling("outbox"));
    }

    /**
     * Starts the preview, writing the e-mails the notify function would send into {@code outbox}.
     *
     * @param outbox where each staff notice and confirmation becomes an {@code .eml} file
     */
    public static PreviewServer start(Path repository, int port, Optional<URI> endpoint, Path dataFolder,
            Path outbox) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new PreviewException("Port " + port + " is already in use: is the preview already running? "
                    + "Stop it, or choose another port with PORT=8081.");
        }
        LocalDynamoDb dynamoDb = null;
        try {
            if (endpoint.isEmpty()) {
                dynamoDb = LocalDynamoDb.start(repository, dataFolder);
            }
            URI dynamo = endpoint.orElse(dynamoDb == null ? null : dynamoDb.endpoint());
            String origin = "http://localhost:" + server.getAddress().getPort();
            Path output = repository.resolve("site/target/preview-www");
            PreviewServer preview = new PreviewServer(server, dynamoDb, repository, output);
            preview.dynamoEndpoint = dynamo;
            preview.bake(origin);
            Dependencies stored = Dependencies.of(config(dynamo, origin, server.getAddress().getPort()));
            try {
                SubmissionTable.ensure(Dependencies.dynamoDb(stored.config()), TABLE);
            } catch (IllegalStateException unusable) {
                throw new PreviewException(unusable.getMessage() + (endpoint.isPresent() ? ""
                        : " The preview's data lies in " + dataFolder + ": delete that folder to start afresh."));
            }
            preview.outbox = outbox;
            preview.notifyingStore = new NotifyingStore(stored.store(), notifier(dynamo, origin, outbox));
            Dependencies dependencies = new Dependencies(stored.config(), preview.notifyingStore, stored.clock());
            ApiRoute apply = new ApiRoute("/api/apply", new ApplyHandler(dependencies));
            ApiRoute contact = new ApiRoute("/api/contact", new ContactHandler(dependencies));
            // The check has no store, as on AWS: only the settings it shares with the forms.
            ApiRoute check = new ApiRoute("/api/check", new CheckHandler(new CheckConfig(
                    stored.config().allowedOrigins(), stored.config().callWindow(), Optional.empty()),
                    stored.clock()));
            StaticFiles files = new StaticFiles(() -> output);
            server.createContext("/", exchange -> preview.handle(exchange, origin, files, List.of(apply, contact,
                    check)));
            preview.executor = Executors.newFixedThreadPool(16);
            server.setExecutor(preview.executor);
            server.start();
            return preview;
        } catch (RuntimeException | IOException e) {
            server.stop(0);
            if (dynamoDb != null) {
                dynamoDb.close();
            }
            throw e;
        }
    }

    private static Config config(URI endpoint, String origin, int port) {
        Map<String, String> env = new HashMap<>(Map.of(
                Config.TABLE_NAME, TABLE,
                Config.ALLOWED_ORIGINS, origin + ",http://127.0.0.1:" + port,
                Config.RETENTION_DAYS, "365",
                Config.DYNAMODB_ENDPOINT, endpoint.toString()));
        Optional.ofNullable(System.getenv(Config.AWS_REGION)).ifPresent(r -> env.put(Config.AWS_REGION, r));
        Optional.ofNullable(System.getenv(Config.CALL_WINDOW)).ifPresent(w -> env.put(Config.CALL_WINDOW, w));
        return Config.from(env);
    }

    /**
     * The notify function's code with the outbox for SES. Staff language and address may be set as on AWS
     * ({@code STAFF_LANG}, {@code STAFF_EMAIL}); the links in confirmations point at this preview.
     */
    private static Notifier notifier(URI dynamo, String origin, Path outbox) {
        Map<String, String> env = new HashMap<>(Map.of(
                NotifySettings.TABLE_NAME, TABLE,
                NotifySettings.STAFF_EMAIL, "staff@contact-point.invalid",
                NotifySettings.STAFF_LANG, "en",
                NotifySettings.SENDER_EMAIL, "no-reply@mobilisesme.invalid",
                NotifySettings.RESPONSE_DAYS, "10",
                NotifySettings.SITE_URL, origin,
                NotifySettings.DYNAMODB_ENDPOINT, dynamo.toString()));
        for (String name : new String[] {NotifySettings.STAFF_LANG, NotifySettings.STAFF_EMAIL,
                NotifySettings.RESPONSE_DAYS, NotifySettings.AWS_REGION}) {
            Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).ifPresent(v -> env.put(name, v));
        }
        NotifySettings settings = NotifySettings.from(env);
        var client = NotifyClients.dynamoDb(settings);
        Clock clock = Clock.systemUTC();
        return new Notifier(new MessageComposer(settings), new Outbox(outbox, clock),
                new NoticeClaims(client, TABLE), new RateLimit(client, TABLE), clock, Notifier.LEASE,
                duration -> Thread.sleep(duration.toMillis()));
    }

    /** Where the e-mails go instead of SES: one {@code .eml} file each. */
    public Path outbox() {
        return outbox;
    }

    /** How many requests for {@code /api/*} (any method, any answer) reached the preview since it started. */
    public long apiRequests() {
        return apiRequests.get();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where submissions are stored: the started dynalite or the given endpoint. */
    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI url() {
        return URI.create("http://localhost:" + port() + "/");
    }

    private void handle(HttpExchange exchange, String origin, StaticFiles files, List<ApiRoute> routes)
            throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/api/")) {
                apiRequests.incrementAndGet();
            }
            Optional<ApiRoute> route = routes.stream().filter(r -> r.matches(exchange)).findFirst();
            if (route.isPresent()) {
                route.get().serve(exchange);
            } else if (path.startsWith("/api/")) {
                // The HTTP API has no other route: its own 404.
                ApiRoute.send(exchange, 404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}");
            } else {
                rebakeIfChanged(origin);
                files.serve(exchange);
            }
        } catch (BakeFailedException e) {
            System.err.println("Bake failed: " + e.getMessage());
            ApiRoute.send(exchange, 500, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    "The site could not be baked; the preview's console says why.\n\n" + e.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace();
            ApiRoute.send(exchange, 500, Map.of("Content-Type", "text/plain; charset=utf-8"), "Preview error");
        }
    }

    private synchronized void rebakeIfChanged(String origin) {
        if (sources.lastChange() > bakedAt) {
            bake(origin);
        }
    }

    private synchronized void bake(String origin) {
        long started = System.currentTimeMillis();
        Baker.Result result = Baker.bake(repository.resolve("site"), output, origin, "");
        bakedAt = started;
        System.out.printf("Baked %d files in %d ms%n", result.files(), result.duration().toMillis());
    }

    @Override
    public void close() {
        server.stop(0);
        if (executor != null) {
            executor.shutdownNow();
        }
        if (notifyingStore != null) {
            notifyingStore.close();
        }
        if (dynamoDb != null) {
            dynamoDb.close();
        }
    }

    /** {@code mvn -pl site exec:java@preview}; the argument is the repository root. */
    public static void main(String[] args) {
        Path repository = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath().normalize();
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("PORT")).orElse("8080"));
        Optional<URI> endpoint = Optional.ofNullable(System.getenv(Config.DYNAMODB_ENDPOINT)).filter(s -> !s.isBlank())
                .map(URI::create);
        Path data = repository.resolve(".data/dynalite");
        try {
            PreviewServer preview = start(repository, port, endpoint, data);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                preview.close();
                System.out.println("Preview stopped.");
            }));
            System.out.println();
            System.out.println("MobiliseSME preview: " + preview.url());
            System.out.println("Submissions: table " + TABLE + " at " + preview.dynamoEndpoint()
                    + endpoint.map(e -> "").orElse(" (dynalite, data in " + data + ")"));
            System.out.println("E-mails (staff notices, confirmations): .eml files in " + preview.outbox());
            System.out.println("Edited pages and templates show on reload. Ctrl-C stops everything.");
            Thread.currentThread().join();
        } catch (PreviewException | BakeFailedException e) {
            System.err.println("The preview cannot start: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("The preview cannot start: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UncheckedIOException e) {
            System.err.println("The preview cannot start: " + e.getCause().getMessage());
            System.exit(1);
        }
    }
}
