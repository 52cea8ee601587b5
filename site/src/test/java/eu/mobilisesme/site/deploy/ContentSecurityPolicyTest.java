package eu.mobilisesme.site.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.deploy.CloudFormationYaml;
import eu.mobilisesme.site.BakedSite;
import eu.mobilisesme.site.preview.SecurityHeaders;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy CloudFront sends ({@code template.yaml}) against the baked site: it allows everything
 * the pages load, and nothing they do not use.
 */
class ContentSecurityPolicyTest {

    static Map<String, String> policy;
    static List<Document> pages = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        Path template = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent()
                .resolve("template.yaml");
        String csp = findPolicy(CloudFormationYaml.read(template));
        policy = new LinkedHashMap<>();
        for (String directive : csp.strip().split("\\s*;\\s*")) {
            String[] parts = directive.strip().split("\\s+", 2);
            policy.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        Path site = BakedSite.output();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.add(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "https://site.example/"
                        + site.relativize(file).toString().replace('\\', '/')));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String findPolicy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Object csp = map.get("ContentSecurityPolicy");
            if (csp instanceof Map<?, ?> inner && inner.get("ContentSecurityPolicy") instanceof String value) {
                return value;
            }
            for (Object child : map.values()) {
                String found = findPolicy(child);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object child : list) {
                String found = findPolicy(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void the_preview_sends_the_policy_that_cloudfront_sends() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY.replaceAll("\\s+", " "))
                .isEqualTo(String.join("; ", policy.entrySet().stream()
                        .map(e -> (e.getKey() + " " + e.getValue()).strip()).toList()));
    }

    @Test
    void every_page_loads_only_what_the_policy_allows() {
        assertThat(pages).hasSizeGreaterThan(90);
        List<String> problems = new ArrayList<>();
        for (Document page : pages) {
            String where = page.location();
            for (Element script : page.select("script")) {
                if (!script.hasAttr("src") && !script.attr("type").equals("application/json")) {
                    problems.add(where + ": inline script");
                }
            }
            if (!page.select("style, [style]").isEmpty()) {
                problems.add(where + ": inline style");
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().toLowerCase().startsWith("on")) {
                        problems.add(where + ": event handler attribute " + attribute.getKey());
                    }
                }
            }
            if (!page.select("iframe, object, embed, base, frame").isEmpty()) {
                problems.add(where + ": frame, object or base element");
            }
            for (Element loaded : page.select("script[src], link[rel~=stylesheet], link[rel~=icon], img, "
                    + "link[rel~=manifest], source, video, audio")) {
                String url = loaded.hasAttr("src") ? loaded.absUrl("src") : loaded.absUrl("href");
                if (!URI.create(url).getHost().equals("site.example")) {
                    problems.add(where + ": loads " + url + " from another origin");
                }
            }
            for (Element form : page.select("form")) {
                String action = form.absUrl("action");
                if (!URI.create(action).getHost().equals("site.example")) {
                    problems.add(where + ": posts to another origin: " + action);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_policy_allows_nothing_the_site_does_not_use() throws IOException {
        Set<String> used = new TreeSet<>(List.of("default-src", "frame-ancestors", "base-uri"));
        for (Document page : pages) {
            if (!page.select("script[src]").isEmpty()) {
                used.add("script-src");
            }
            if (!page.select("link[rel~=stylesheet]").isEmpty()) {
                used.add("style-src");
            }
            if (!page.select("img, link[rel~=icon]").isEmpty()) {
                used.add("img-src");
            }
            if (!page.select("form").isEmpty()) {
                used.add("form-action");
            }
        }
        Path script = BakedSite.output().resolve("assets/forms.js");
        if (Files.readString(script).contains("fetch(")) {
            used.add("connect-src");
        }

        assertThat(policy.keySet()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(policy.get("default-src")).isEqualTo("'none'");
        assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(policy.get("base-uri")).isEqualTo("'none'");
        policy.forEach((directive, sources) -> assertThat(sources).as(directive).isIn("'self'", "'none'"));
    }
}
