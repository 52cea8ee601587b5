package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.mobilisesme.site.preview.PreviewServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local preview itself, without a browser: what a person sees when starting it twice, and live editing. */
@ExtendWith(SiteExtension.class)
class PreviewServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Site site;

    @BeforeAll
    static void start(Site started) {
        site = started;
    }

    @Test
    void a_second_preview_on_the_same_port_fails_with_a_message_naming_the_port() {
        int port = site.preview().port();

        assertThatThrownBy(() -> PreviewServer.start(Site.repositoryRoot(), port,
                Optional.of(site.dynalite().endpoint()), Site.temporaryFolder("mobilisesme-e2e-unused-")))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("PreviewException"))
                .hasMessageContaining("Port " + port + " is already in use")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "\tat ", "\n"));
    }

    @Test
    void an_edited_content_file_shows_on_the_next_request_without_a_restart() throws Exception {
        Path file = Site.repositoryRoot().resolve("content/en/faq/index.md");
        byte[] original = Files.readAllBytes(file);
        String marker = "Preview check " + UUID.randomUUID();
        try {
            Files.write(file, (new String(original, StandardCharsets.UTF_8) + "\n" + marker + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(get("/en/faq/")).contains(marker);
        } finally {
            Files.write(file, original);
        }
        assertThat(get("/en/faq/")).as("after the file was restored").doesNotContain(marker);
    }

    private static String get(String path) throws IOException, InterruptedException {
        URI url = site.url(path);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }
}
