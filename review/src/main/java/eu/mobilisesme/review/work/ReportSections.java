package eu.mobilisesme.review.work;

import static eu.mobilisesme.review.report.HtmlReport.esc;

import eu.mobilisesme.review.cases.Cases;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.runs.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The case-work parts of the HTML summary: the period it covers, the submissions by review status, the repeat
 * submitters, and the best matches. Added to the summary's page around its own sections, in the same style.
 */
public final class ReportSections {

    private final WorkTexts texts;
    private final eu.mobilisesme.review.sheet.Labels labels;
    private final Map<String, Long> statuses = new LinkedHashMap<>();
    private final Map<String, Long> otherStatuses = new TreeMap<>();
    private final List<String> extra = new ArrayList<>();

    public ReportSections(WorkTexts texts, eu.mobilisesme.review.sheet.Labels labels) {
        this.texts = texts;
        this.labels = labels;
        for (ReviewStatus status : ReviewStatus.values()) {
            statuses.put(status.code(), 0L);
        }
    }

    /** Counts one submission of the report. */
    public void add(Item item) {
        String code = WorkColumns.status(item);
        (statuses.containsKey(code) ? statuses : otherStatuses).merge(code, 1L, Long::sum);
    }

    /** Adds a section made elsewhere (the matches), already HTML. */
    public void section(String html) {
        extra.add(html);
    }

    /** The summary's page with the period in its header list and the sections at the end. */
    public String into(String page, Period period, Cases cases) {
        String term = "<dt>" + esc(texts.format("period.heading")) + "</dt><dd>" + esc(period.describe(texts))
                + "</dd>\n";
        int dl = page.indexOf("</dl>");
        String withPeriod = dl < 0 ? page : page.substring(0, dl) + term + page.substring(dl);
        StringBuilder html = new StringBuilder();
        statusTable(html);
        casesTable(html, cases);
        extra.forEach(html::append);
        int main = withPeriod.lastIndexOf("</main>");
        return withPeriod.substring(0, main) + html + withPeriod.substring(main);
    }

    private void statusTable(StringBuilder html) {
        long total = statuses.values().stream().mapToLong(Long::longValue).sum()
                + otherStatuses.values().stream().mapToLong(Long::longValue).sum();
        html.append("<section>\n<h2>").append(esc(texts.format("report.byStatus"))).append("</h2>\n<table>\n")
                .append("<thead><tr><th scope=\"col\">").append(esc(texts.format("report.status")))
                .append("</th><th scope=\"col\">").append(esc(labels.text("report.count")))
                .append("</th><th scope=\"col\">").append(esc(labels.text("report.share")))
                .append("</th></tr></thead>\n<tbody>\n");
        Map<String, Long> all = new LinkedHashMap<>(statuses);
        all.putAll(otherStatuses);
        all.forEach((code, n) -> html.append("<tr><th scope=\"row\">").append(esc(texts.status(code)))
                .append("</th><td class=\"n\">").append(n).append("</td><td class=\"n\">")
                .append(String.format(Locale.forLanguageTag(texts.lang()), "%.1f",
                        total == 0 ? 0.0 : 100.0 * n / total)).append(" %</td></tr>\n"));
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void casesTable(StringBuilder html, Cases cases) {
        html.append("<section>\n<h2>").append(esc(texts.format("report.cases"))).append("</h2>\n");
        List<Cases.Case> repeated = cases.repeated();
        if (repeated.isEmpty()) {
            html.append("<p>").append(esc(texts.format("report.noCases"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(texts.format("report.case")))
                .append("</th><th scope=\"col\">").append(esc(texts.format("report.caseSize")))
                .append("</th><th scope=\"col\">").append(esc(texts.format("report.references")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Cases.Case c : repeated) {
            html.append("<tr><th scope=\"row\">").append(esc(c.id())).append("</th><td class=\"n\">")
                    .append(c.size()).append("</td><td>").append(esc(String.join(", ", c.references())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }
}
