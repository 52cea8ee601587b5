package eu.mobilisesme.site.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of one page that every translation must state as English does: numbers, dates, e-mail addresses, internal
 * links, markers and the outline of headings. Lists are sorted (a multiset: how often counts, not where).
 *
 * @param links internal link targets as the target page's translationKey ({@code page:faq}), so they compare across
 *     languages; targets that are no page keep their path ({@code path:assets/x.pdf})
 * @param headings the level of each heading, in order
 */
public record Facts(List<String> numbers, List<String> dates, Set<String> emails, Set<String> links,
        List<String> markers, List<Integer> headings) {

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})\\s+\\S");
    private static final Pattern HTML_HEADING = Pattern.compile("(?i)<h([1-6])[\\s>]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*|[^>\\s@]+@[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** Digits grouped by thousands with a comma, dot or (no-break, narrow) space: 1,000 · 1.000 · 1 000 → 1000. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[,. \\u00a0\\u202f]\\d{3})+(?![\\d]|[.,]\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** Month names in the site's languages (lower case), January first. */
    private static final Map<String, Integer> MONTHS = months(
            "january february march april may june july august september october november december",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "januari februari maart april mei juni juli augustus september oktober november december",
            "januar februar märz april mai juni juli august september oktober november dezember");
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final String YEAR = "(\\d{4})(?!\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|º|\\.º)?\\s+(?:de\\s+)?"
            + MONTH + "(?:,?\\s+(?:de\\s+)?" + YEAR + ")?(?!\\p{L})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<!\\p{L})" + MONTH + "\\s+(?:de\\s+)?" + YEAR);

    /**
     * The facts of a page.
     *
     * @param address the page's address below its language folder ({@code about/}), to resolve relative links
     * @param pageKey the translationKey of a page address in the same language, or null when no page has it
     */
    public static Facts of(String title, String body, String address, Function<String, String> pageKey) {
        String markdown = FENCE.matcher(body).replaceAll("");
        List<Integer> headings = new ArrayList<>();
        Matcher h = HEADING.matcher(markdown);
        while (h.find()) {
            headings.add(h.group(1).length());
        }
        Matcher hh = HTML_HEADING.matcher(markdown);
        while (hh.find()) {
            headings.add(Integer.parseInt(hh.group(1)));
        }

        Set<String> links = new TreeSet<>();
        for (Pattern p : List.of(MARKDOWN_LINK, REFERENCE_DEFINITION, HREF)) {
            Matcher m = p.matcher(markdown);
            while (m.find()) {
                String link = internalLink(m.group(1), address, pageKey);
                if (link != null) {
                    links.add(link);
                }
            }
        }

        Set<String> emails = new TreeSet<>();
        Matcher e = EMAIL.matcher(markdown);
        while (e.find()) {
            emails.add(e.group().toLowerCase(Locale.ROOT));
        }

        List<String> markers = new ArrayList<>();
        Matcher k = Markers.ANY.matcher(title + "\n" + markdown);
        while (k.find()) {
            markers.add(k.group(1).strip());
        }

        // What the reader reads: no link targets, tags, addresses, URLs or markers.
        String text = title + "\n" + markdown;
        text = MARKDOWN_LINK.matcher(text).replaceAll("]");
        text = REFERENCE_DEFINITION.matcher(text).replaceAll("");
        text = AUTOLINK.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = EMAIL.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = Markers.ANY.matcher(text).replaceAll(" ");

        List<String> dates = new ArrayList<>();
        text = collect(text, ISO_DATE, m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3), dates);
        text = collect(text, MONTH_DAY_YEAR, m -> iso(m.group(3), MONTHS.get(lower(m.group(1))), m.group(2)), dates);
        text = collect(text, DAY_MONTH_YEAR, m -> iso(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1)), dates);
        text = collect(text, MONTH_YEAR, m -> iso(m.group(2), MONTHS.get(lower(m.group(1))), null), dates);

        List<String> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(GROUPED.matcher(text).replaceAll(m -> m.group().replaceAll("[^0-9]", "")));
        while (n.find()) {
            numbers.add(n.group().replaceFirst("^0+(?=\\d)", ""));
        }
        return new Facts(sorted(numbers), sorted(dates), emails, links, sorted(markers), List.copyOf(headings));
    }

    /** Adds each match's date to {@code dates} and takes it out of the text: a date's digits are not numbers. */
    private static String collect(String text, Pattern pattern, Function<Matcher, String> date, List<String> dates) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            dates.add(date.apply(m));
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private static String iso(String year, int month, String day) {
        String y = year == null ? "" : year;
        String md = String.format("%02d", month) + (day == null ? "" : "-" + String.format("%02d", Integer.parseInt(day)));
        return y.isEmpty() ? "--" + md : y + "-" + md;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A relative link as the translationKey of its target, or null for an external link or an address. */
    static String internalLink(String href, String address, Function<String, String> pageKey) {
        String target = href.strip();
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("//") || SCHEME.matcher(target).find()
                || target.contains("@")) {
            return null;
        }
        String resolved;
        try {
            resolved = URI.create("http://site/lang/" + address).resolve(URI.create(target.replace(" ", "%20")))
                    .getPath();
        } catch (IllegalArgumentException e) {
            return "invalid:" + target;
        }
        if (resolved == null || !resolved.startsWith("/lang/")) {
            // Above the language folder: the site root or another language's page.
            return "root:" + (resolved == null ? target : resolved.replaceFirst("^/(lang/)?", ""));
        }
        String path = resolved.substring("/lang/".length());
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        String key = pageKey.apply(path);
        return key != null ? "page:" + key : "path:" + path;
    }

    private static Map<String, Integer> months(String... lists) {
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        for (String list : lists) {
            String[] names = list.split(" ");
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals("-")) {
                    months.putIfAbsent(names[i], i + 1);
                }
            }
        }
        // Variants that some writers use.
        months.put("jänner", 1);
        months.put("setiembre", 9);
        return Map.copyOf(months);
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> list) {
        return list.stream().sorted().toList();
    }
}
