package eu.mobilisesme.site.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the baked site as CloudFront does: directory URLs to their index.html, and for a missing address the
 * not-found page of its language ({@code /de/…} gets {@code /de/404.html}), or the root's five-language one.
 */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Supplier<Path> root;

    /** @param root the current bake's folder, asked on every request since a re-bake replaces it */
    StaticFiles(Supplier<Path> root) {
        this.root = root;
    }

    void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        Path base = root.get();
        Path file = resolve(base, exchange.getRequestURI());
        if (file == null) {
            send(exchange, 404, TYPES.get("html"), Files.readAllBytes(notFoundPage(base, exchange.getRequestURI())));
            return;
        }
        send(exchange, 200, type(file), Files.readAllBytes(file));
    }

    /** The file a path names inside the site, or null; never a file outside it. */
    static Path resolve(Path base, URI uri) {
        String path = uri.getPath();
        if (path == null || path.contains("\0")) {
            return null;
        }
        Path file = base.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(base)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    /** The language's not-found page when the path starts with a language folder that has one, else the root's. */
    static Path notFoundPage(Path base, URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        java.util.regex.Matcher language = LANGUAGE_PREFIX.matcher(path);
        if (language.find()) {
            Path own = base.resolve(language.group(1)).resolve("404.html");
            if (Files.isRegularFile(own)) {
                return own;
            }
        }
        return base.resolve("404.html");
    }

    /** A first path segment that can be a language folder: two lower-case letters. */
    private static final java.util.regex.Pattern LANGUAGE_PREFIX = java.util.regex.Pattern.compile("^/([a-z]{2})(?:/|$)");

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        SecurityHeaders.ALL.forEach(exchange.getResponseHeaders()::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
