package eu.mobilisesme.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line of the bake, run by {@code mvn package}:
 * {@code SiteBuild --out=DIR --site-host=URL [--api-base=URL] [--source=DIR]}. Any failure ends in an exception,
 * so Maven fails the build and a plain {@code java} run exits non-zero.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path out = Path.of(require(options, "out"));
        String host = require(options, "site-host");
        String apiBase = options.getOrDefault("api-base", "");
        Baker.Result result = options.containsKey("source")
                ? Baker.bake(Path.of(options.get("source")), out, host, apiBase)
                : Baker.bake(out, host, apiBase);
        System.out.printf("Baked %d files into %s in %d ms (site host %s)%n", result.files(), result.output(),
                result.duration().toMillis(), host);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg
                        + "\nUsage: SiteBuild --out=DIR --site-host=URL [--api-base=URL] [--source=DIR]");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name + "=…");
        }
        return value;
    }
}
