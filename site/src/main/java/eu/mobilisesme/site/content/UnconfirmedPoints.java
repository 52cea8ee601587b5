package eu.mobilisesme.site.content;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/**
 * The points awaiting the Chamber's confirmation, each with its sentence in every language, from
 * {@code data/unconfirmed.yaml}. Content refers to a point as {@code {{unconfirmed:ID}}} and never words it itself,
 * so every page and language says it the same way.
 */
public record UnconfirmedPoints(Map<String, Map<String, String>> points) {

    public static final String FILE = "unconfirmed.yaml";

    public UnconfirmedPoints {
        points = Map.copyOf(points);
    }

    /** Reads {@code unconfirmed.yaml} from the data folder; a missing file means no points. */
    public static UnconfirmedPoints read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new UnconfirmedPoints(Map.of());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml().load(reader);
            return parse(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnconfirmedPoints parse(Object loaded) {
        Map<String, Map<String, String>> points = new TreeMap<>();
        if (loaded == null) {
            return new UnconfirmedPoints(points);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(FILE + " must map each point's id to its texts by language");
        }
        map.forEach((id, texts) -> {
            if (!(texts instanceof Map<?, ?> byLang)) {
                throw new IllegalArgumentException(FILE + ": point '" + id + "' must map languages to texts");
            }
            Map<String, String> sentences = new TreeMap<>();
            byLang.forEach((lang, text) -> sentences.put(String.valueOf(lang), String.valueOf(text).strip()));
            points.put(String.valueOf(id), sentences);
        });
        return new UnconfirmedPoints(points);
    }

    public boolean has(String id) {
        return points.containsKey(id);
    }

    /** The point's sentence in {@code lang}, or null. */
    public String text(String id, String lang) {
        Map<String, String> texts = points.get(id);
        return texts == null ? null : texts.get(lang);
    }

    /** Points that lack a language, or have an empty text in one. */
    public List<String> gaps(List<String> languages) {
        List<String> gaps = new ArrayList<>();
        points.forEach((id, texts) -> {
            for (String lang : languages) {
                if (texts.getOrDefault(lang, "").isBlank()) {
                    gaps.add("site/data/" + FILE + ": point '" + id + "' has no text in " + lang);
                }
            }
            texts.keySet().stream().filter(l -> !languages.contains(l))
                    .forEach(l -> gaps.add("site/data/" + FILE + ": point '" + id + "' has an unknown language " + l));
        });
        return gaps;
    }
}
