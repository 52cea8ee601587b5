package eu.mobilisesme.review.matching;

import static eu.mobilisesme.review.report.HtmlReport.esc;

import eu.mobilisesme.review.work.WorkTexts;
import java.util.List;

/** The summary's section of matches: the best three hosting candidates of each sending application. */
public final class MatchesSection {

    public static final int SHOWN = 3;

    private final WorkTexts texts;
    private final ReasonWords words;

    public MatchesSection(WorkTexts texts, ReasonWords words) {
        this.texts = texts;
        this.words = words;
    }

    public String html(List<Ranking> sending) {
        StringBuilder html = new StringBuilder();
        html.append("<section>\n<h2>").append(esc(texts.format("report.matches"))).append("</h2>\n<p>")
                .append(esc(texts.format("report.matchesNote"))).append("</p>\n");
        List<Ranking> with = sending.stream().filter(r -> !r.matches().isEmpty()).toList();
        if (with.isEmpty()) {
            return html.append("<p>").append(esc(texts.format("report.noMatches"))).append("</p>\n</section>\n")
                    .toString();
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(texts.format("report.sending")))
                .append("</th><th scope=\"col\">").append(esc(texts.format("report.candidates")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Ranking ranking : with) {
            Application a = ranking.application();
            html.append("<tr><th scope=\"row\">").append(esc(a.reference())).append("<br><small>")
                    .append(esc(words.country(a.country()))).append(" · ").append(esc(texts.status(a.status())))
                    .append("</small></th><td><ol>\n");
            for (Match match : ranking.matches().subList(0, Math.min(SHOWN, ranking.matches().size()))) {
                html.append("<li><strong>").append(esc(match.candidate().reference())).append(" (")
                        .append(esc(words.country(match.candidate().country()))).append("): ")
                        .append(match.score()).append("</strong>");
                if (match.named()) {
                    html.append(" — ").append(esc(texts.format("match.column.named")));
                }
                html.append("<br><small>").append(esc(words.lines(match.reasons()))).append("</small></li>\n");
            }
            html.append("</ol></td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }
}
