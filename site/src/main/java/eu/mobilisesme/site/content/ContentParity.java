package eu.mobilisesme.site.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Whether the languages say the same: every page exists in every language, and each translation states the facts of
 * the English page ({@link Facts}). Pure: it reads the pages it is given and returns what differs.
 */
public final class ContentParity {

    /** One difference: the file it is in (from the repository root), the kind of fact, and what differs. */
    public record Divergence(String file, String fact, String message) {
        @Override
        public String toString() {
            return file + ": " + fact + ": " + message;
        }
    }

    private ContentParity() {
    }

    /**
     * Compares every page with its {@code reference}-language translation.
     *
     * @param languages the site's languages; {@code reference} is one of them
     */
    public static List<Divergence> check(List<ContentPage> pages, List<String> languages, String reference) {
        List<Divergence> found = new ArrayList<>();
        Map<String, Map<String, ContentPage>> byKey = new TreeMap<>();
        Map<String, Map<String, String>> keyByAddress = new HashMap<>();
        for (ContentPage page : pages) {
            if (page.translationKey() == null || page.translationKey().isBlank()) {
                found.add(new Divergence("content/" + page.file(), "page", "no translationKey in the header"));
                continue;
            }
            ContentPage twin = byKey.computeIfAbsent(page.translationKey(), k -> new LinkedHashMap<>())
                    .putIfAbsent(page.lang(), page);
            if (twin != null) {
                found.add(new Divergence("content/" + page.file(), "page", "translationKey '" + page.translationKey()
                        + "' is also used by content/" + twin.file()));
            }
            keyByAddress.computeIfAbsent(page.lang(), l -> new HashMap<>()).put(page.address(), page.translationKey());
        }
        byKey.forEach((key, translations) -> {
            ContentPage english = translations.get(reference);
            for (String lang : languages) {
                if (!translations.containsKey(lang)) {
                    String file = "content/" + (english != null ? english : translations.values().iterator().next()).file();
                    found.add(new Divergence(file, "page", "no " + lang + " translation (translationKey '" + key + "')"));
                }
            }
            if (english == null) {
                return;
            }
            Facts expected = facts(english, keyByAddress);
            for (String lang : languages) {
                ContentPage translation = translations.get(lang);
                if (translation != null && !lang.equals(reference)) {
                    compare(expected, facts(translation, keyByAddress), english, translation, found);
                }
            }
        });
        return found;
    }

    static Facts facts(ContentPage page, Map<String, Map<String, String>> keyByAddress) {
        Map<String, String> keys = keyByAddress.getOrDefault(page.lang(), Map.of());
        Function<String, String> pageKey = keys::get;
        // The title and the description (meta, feeds, link previews) state facts too.
        String heading = page.title() + "\n" + page.header().getOrDefault("heading", "") + "\n"
                + page.header().getOrDefault("description", "");
        return Facts.of(heading, page.body(), page.address(), pageKey);
    }

    private static void compare(Facts expected, Facts actual, ContentPage english, ContentPage translation,
            List<Divergence> found) {
        String en = english.lang();
        String file = "content/" + translation.file();
        differ(found, file, en, "numbers", expected.numbers(), actual.numbers());
        differ(found, file, en, "dates", expected.dates(), actual.dates());
        differ(found, file, en, "e-mail addresses", expected.emails(), actual.emails());
        differ(found, file, en, "internal links", expected.links(), actual.links());
        differ(found, file, en, "markers", expected.markers(), actual.markers());
        if (!expected.headings().equals(actual.headings())) {
            found.add(new Divergence(file, "headings", "levels " + outline(actual.headings()) + ", " + en
                    + " has " + outline(expected.headings()) + " (content/" + english.file() + ")"));
        }
        if ("post".equals(english.type()) && !Objects.equals(english.header().get("date"), translation.header().get("date"))) {
            found.add(new Divergence(file, "dates", "date=" + translation.header().get("date") + " in the header, "
                    + en + " has date=" + english.header().get("date")));
        }
    }

    private static void differ(List<Divergence> found, String file, String en, String fact,
            Collection<String> expected, Collection<String> actual) {
        List<String> missing = minus(expected, actual);
        List<String> extra = minus(actual, expected);
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append("missing ").append(missing).append(" (in ").append(en).append(")");
        }
        if (!extra.isEmpty()) {
            message.append(message.isEmpty() ? "" : "; ").append("not in ").append(en).append(": ").append(extra);
        }
        found.add(new Divergence(file, fact, message.toString()));
    }

    /** The elements of {@code a} not matched one for one in {@code b}. */
    private static List<String> minus(Collection<String> a, Collection<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> left = new ArrayList<>();
        for (String item : a) {
            if (!rest.remove(item)) {
                left.add(item);
            }
        }
        return left;
    }

    private static String outline(List<Integer> levels) {
        return levels.stream().map(l -> "h" + l).toList().toString();
    }
}
