package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.site.preview.PreviewServer;
import eu.mobilisesme.testing.Dynalite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;

/** The local preview itself, without a browser: starting it twice, live editing, and closing it. */
@ExtendWith(SiteExtension.class)
class PreviewServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Site site;

    @BeforeAll
    static void start(Site started) {
        site = started;
    }

    @Test
    void a_second_preview_on_the_same_port_fails_with_a_message_naming_the_port(@TempDir Path unused) {
        int port = site.preview().port();

        assertThatThrownBy(() -> PreviewServer.start(Site.repositoryRoot(), port,
                Optional.of(site.dynalite().endpoint()), unused))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("PreviewException"))
                .hasMessageContaining("Port " + port + " is already in use")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "\tat ", "\n"));
    }

    @Test
    void a_table_left_by_an_earlier_version_stops_the_preview_with_what_to_do(@TempDir Path data) throws Exception {
        try (Dynalite earlier = Dynalite.start(data)) {
            earlier.client().createTable(b -> b.tableName(PreviewServer.TABLE).billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")));
            // dynalite marks a new table ACTIVE a moment after answering; stopped before, it stays CREATING.
            earlier.client().waiter().waitUntilTableExists(b -> b.tableName(PreviewServer.TABLE),
                    w -> w.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100))).maxAttempts(100));
        }

        assertThatThrownBy(() -> PreviewServer.start(Site.repositoryRoot(), 0, Optional.empty(), data))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("PreviewException"))
                .hasMessageContaining("lacks the index byCompany")
                .hasMessageContaining("delete that folder")
                .hasMessageContaining(data.toString());
    }

    /** As on AWS, where the HTTP API has the routes POST /api/apply and POST /api/contact and nothing else. */
    @Test
    void requests_the_http_api_has_no_route_for_get_its_404() throws Exception {
        for (String[] request : new String[][] {{"GET", "/api/contact"}, {"PUT", "/api/apply"},
                {"DELETE", "/api/contact"}, {"POST", "/api/other"}, {"POST", "/api/apply/"}}) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(site.url(request[1]))
                    .method(request[0], HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(request[0] + " " + request[1]).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
        }
    }

    @Test
    void an_edited_content_file_shows_on_the_next_request_without_a_restart() throws Exception {
        Path file = Site.repositoryRoot().resolve("content/en/faq/index.md");
        byte[] original = Files.readAllBytes(file);
        // Letters only: a number in one language's page alone would fail the bake's parity check.
        String marker = "Preview check " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        try {
            Files.write(file, (new String(original, StandardCharsets.UTF_8) + "\n" + marker + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(get("/en/faq/")).contains(marker);
        } finally {
            Files.write(file, original);
        }
        assertThat(get("/en/faq/")).as("after the file was restored").doesNotContain(marker);
    }

    /**
     * A program (or test run) that started and closed a preview must be able to exit: close() has to stop the
     * request threads too, not only the listening socket.
     */
    @Test
    void closing_a_preview_stops_every_thread_it_started(@TempDir Path unused) throws Exception {
        Set<Thread> before = liveNonDaemonThreads();
        PreviewServer preview = PreviewServer.start(Site.repositoryRoot(), 0, Optional.of(site.dynalite().endpoint()),
                unused);
        try {
            get(preview.url().resolve("/en/"));
        } finally {
            preview.close();
        }
        Set<String> left = new TreeSet<>();
        try {
            new FluentWait<>(before).withTimeout(Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(100))
                    .until(threads -> startedSince(threads).isEmpty());
        } catch (TimeoutException stillRunning) {
            left.addAll(startedSince(before));
        }
        assertThat(left).as("non-daemon threads still running after PreviewServer.close()").isEmpty();
    }

    private static Set<Thread> liveNonDaemonThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> t.isDaemon() || !t.isAlive());
        return threads;
    }

    private static Set<String> startedSince(Set<Thread> before) {
        Set<String> names = new TreeSet<>();
        liveNonDaemonThreads().stream().filter(t -> !before.contains(t)).forEach(t -> names.add(t.getName()));
        return names;
    }

    private static String get(String path) throws IOException, InterruptedException {
        return get(site.url(path));
    }

    private static String get(URI url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }
}
