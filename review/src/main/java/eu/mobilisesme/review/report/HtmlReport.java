package eu.mobilisesme.review.report;

import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.review.sheet.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary as one self-contained HTML file: no scripts, fonts or links to fetch, the style inline, and each
 * count as a table row with a CSS bar, so it opens offline and reads well with a screen reader.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;\
            background:#fff}main{max-width:56rem;margin:0 auto;padding:1.5rem}h1{font-size:1.6rem;margin:0 0 .5rem}\
            h2{font-size:1.2rem;margin:2rem 0 .5rem}dl{display:grid;grid-template-columns:max-content 1fr;\
            gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}table{border-collapse:collapse;width:100%}\
            th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:middle}\
            td.n{text-align:right;font-variant-numeric:tabular-nums;width:5rem}td.bar{width:55%}\
            .bar span{display:block;height:.9rem;background:#1f5fa8;min-width:1px}\
            .bar small{color:#555}@media print{.bar span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}""";

    private final Labels labels;

    public HtmlReport(Labels labels) {
        this.labels = labels;
    }

    public String render(SummaryCounts counts, String source, List<String> filters, long leftOut) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!doctype html>\n<html lang=\"").append(labels.lang()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(t("report.title"))).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(esc(t("report.title"))).append("</h1>\n<dl>\n");
        term(html, t("report.total"), number(counts.total()));
        term(html, t("report.source"), source);
        term(html, t("report.filters"), filters.isEmpty() ? t("report.noFilters") : String.join(", ", filters));
        if (leftOut > 0) {
            term(html, t("report.leftOut"), number(leftOut));
        }
        html.append("</dl>\n");
        if (counts.total() == 0) {
            html.append("<p>").append(esc(t("report.empty"))).append("</p>\n");
        } else {
            table(html, "report.byForm", "report.form", byForm(counts), counts.total());
            table(html, "report.byCountry", "report.country", byCountry(counts), counts.total());
            table(html, "report.byLanguage", "report.language", byLanguage(counts), counts.total());
            table(html, "report.byEligibility", "report.outcome", byOutcome(counts), counts.total());
            List<Row> weeks = new ArrayList<>();
            counts.weeks().forEach((week, n) -> weeks.add(new Row(week.toString(), n)));
            table(html, "report.byWeek", "report.week", weeks, counts.total());
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    record Row(String label, long count) {
    }

    private List<Row> byForm(SummaryCounts counts) {
        List<Row> rows = new ArrayList<>();
        for (FormDefinition form : Forms.all()) {
            Long n = counts.forms().get(form.id());
            if (n != null) {
                rows.add(new Row(t("form." + form.id()), n));
            }
        }
        counts.forms().entrySet().stream().filter(e -> Forms.byId(e.getKey()).isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new Row(e.getKey().isEmpty() ? t("report.notGiven") : e.getKey(),
                        e.getValue())));
        return rows;
    }

    private List<Row> byCountry(SummaryCounts counts) {
        List<Row> rows = new ArrayList<>();
        counts.countries().forEach((code, n) -> rows.add(new Row(
                code.isEmpty() ? t("report.notGiven") : labels.countryName(code), n)));
        rows.sort(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::label));
        return rows;
    }

    private List<Row> byLanguage(SummaryCounts counts) {
        List<Row> rows = new ArrayList<>();
        Languages.SUPPORTED.forEach(lang -> {
            Long n = counts.langs().get(lang);
            if (n != null) {
                rows.add(new Row(labels.languageName(lang), n));
            }
        });
        counts.langs().entrySet().stream().filter(e -> !Languages.supported(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new Row(e.getKey().isEmpty() ? t("report.notGiven") : e.getKey(),
                        e.getValue())));
        return rows;
    }

    private List<Row> byOutcome(SummaryCounts counts) {
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            Long n = counts.outcomes().get(outcome.code());
            if (n != null) {
                rows.add(new Row(t("outcome." + outcome.code()), n));
            }
        }
        counts.outcomes().entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && java.util.Arrays.stream(Outcome.values())
                        .noneMatch(o -> o.code().equals(e.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new Row(e.getKey(), e.getValue())));
        Long none = counts.outcomes().get(SummaryCounts.NONE);
        if (none != null) {
            rows.add(new Row(t("report.notAssessed"), none));
        }
        return rows;
    }

    private void table(StringBuilder html, String heading, String firstColumn, List<Row> rows, long total) {
        long max = rows.stream().mapToLong(Row::count).max().orElse(1);
        html.append("<section>\n<h2>").append(esc(t(heading))).append("</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(t(firstColumn))).append("</th><th scope=\"col\">").append(esc(t("report.count")))
                .append("</th><th scope=\"col\">").append(esc(t("report.share"))).append("</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            double share = total == 0 ? 0 : 100.0 * row.count() / total;
            double width = max == 0 ? 0 : 100.0 * row.count() / max;
            html.append("<tr><th scope=\"row\">").append(esc(row.label())).append("</th><td class=\"n\">")
                    .append(esc(number(row.count()))).append("</td><td class=\"bar\"><span style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", width)).append("%\"></span><small>")
                    .append(String.format(labels.locale(), "%.1f", share)).append(" %</small></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void term(StringBuilder html, String term, String value) {
        html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** A count as the report's language writes it (1,250 / 1.250 / 1 250). */
    private String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(labels.locale()).format(n);
    }

    private String t(String key) {
        return labels.text(key);
    }

    /** Text for an HTML element or a quoted attribute; every section of the report escapes with this. */
    public static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
