package eu.mobilisesme.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two markers content may hold: {@code {{config:KEY}}} (a configured figure) and {@code {{unconfirmed:ID}}} (a
 * point awaiting confirmation). They are checked in the Markdown before the bake, so an unknown key fails it naming
 * file and key, and replaced in the baked pages afterwards, where the page's language is known from its folder.
 */
public final class Markers {

    public static final String CONFIG = "config";
    public static final String UNCONFIRMED = "unconfirmed";
    /** Any {@code {{…}}}; what is inside is checked, so a typo is reported rather than printed. */
    public static final Pattern ANY = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern MARKER = Pattern.compile("([a-z]+):([A-Za-z0-9-]+)");
    /** A marker alone in a paragraph, as Markdown renders a marker on a line of its own. */
    private static final Pattern PARAGRAPH = Pattern.compile("<p>\\s*\\{\\{" + UNCONFIRMED + ":([A-Za-z0-9-]+)}}\\s*</p>");

    private final Figures figures;
    private final UnconfirmedPoints points;

    public Markers(Figures figures, UnconfirmedPoints points) {
        this.figures = figures;
        this.points = points;
    }

    /** Problems with the markers of these pages, each naming file and marker; empty when all are known. */
    public List<String> check(List<ContentPage> pages) {
        List<String> problems = new ArrayList<>();
        for (ContentPage page : pages) {
            String text = page.header().values().stream().reduce("", (a, b) -> a + "\n" + b) + "\n" + page.body();
            Matcher m = ANY.matcher(text);
            while (m.find()) {
                String problem = problem(m.group(1).strip());
                if (problem != null) {
                    problems.add("content/" + page.file() + ": " + problem + " in " + m.group());
                }
            }
        }
        return problems;
    }

    private String problem(String inside) {
        Matcher m = MARKER.matcher(inside);
        if (!m.matches()) {
            return "not a marker ({{config:KEY}} or {{unconfirmed:ID}})";
        }
        return switch (m.group(1)) {
            case CONFIG -> figures.has(m.group(2)) ? null
                    : "unknown configured figure '" + m.group(2) + "' (known: " + figures.values().keySet() + ")";
            case UNCONFIRMED -> points.has(m.group(2)) ? null
                    : "unknown unconfirmed point '" + m.group(2) + "' (the list is site/data/" + UnconfirmedPoints.FILE + ")";
            default -> "unknown marker kind '" + m.group(1) + "'";
        };
    }

    /**
     * The text with its markers replaced for a page in {@code lang}: an unconfirmed point alone in a paragraph
     * becomes {@code <p class="unconfirmed">}, any other marker its escaped plain text.
     */
    public String render(String text, String lang, boolean html) {
        String withParagraphs = !html ? text : PARAGRAPH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                "<p class=\"unconfirmed\">" + escape(pointText(m.group(1), lang)) + "</p>"));
        return ANY.matcher(withParagraphs).replaceAll(m -> Matcher.quoteReplacement(escape(value(m.group(1).strip(), lang))));
    }

    private String value(String inside, String lang) {
        Matcher m = MARKER.matcher(inside);
        String problem = problem(inside);
        if (problem != null || !m.matches()) {
            throw new IllegalStateException(problem + ": {{" + inside + "}}");
        }
        return CONFIG.equals(m.group(1)) ? figures.get(m.group(2)) : pointText(m.group(2), lang);
    }

    private String pointText(String id, String lang) {
        String text = points.text(id, lang);
        if (text == null) {
            throw new IllegalStateException("unconfirmed point '" + id + "' has no text in " + lang);
        }
        return text;
    }

    /**
     * Replaces the markers in every baked {@code .html} and {@code .xml} file below {@code output}; the language is
     * the file's first folder. Returns the files with a marker outside a language folder, which cannot be rendered.
     */
    public List<String> renderAll(Path output, List<String> languages) {
        List<String> homeless = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                boolean html = name.endsWith(".html");
                if (!html && !name.endsWith(".xml")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("{{")) {
                    continue;
                }
                Path relative = output.relativize(file);
                String lang = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                if (!languages.contains(lang)) {
                    homeless.add(relative.toString().replace('\\', '/'));
                    continue;
                }
                Files.writeString(file, render(text, lang, html), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return homeless;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
