package eu.mobilisesme.review.matching;

import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.work.WorkTexts;
import java.util.List;
import java.util.stream.Collectors;

/** Reasons in the reader's language: codes become country, language, outcome and status names. */
public final class ReasonWords {

    private final Labels labels;
    private final WorkTexts texts;

    public ReasonWords(Labels labels, WorkTexts texts) {
        this.labels = labels;
        this.texts = texts;
    }

    /** One reason, with the points it gave, e.g. "Shared working languages: English, French (+15)". */
    public String line(Reason reason) {
        Object[] args = reason.args().stream().map(this::word).toArray();
        String text = texts.format(reason.key(), args);
        return reason.points() > 0 ? text + " (+" + reason.points() + ")" : text;
    }

    public String lines(List<Reason> reasons) {
        return reasons.stream().map(this::line).collect(Collectors.joining("; "));
    }

    /** The reasons in one workbook cell, each on its own line (the cell wraps within its column). */
    public String cell(List<Reason> reasons) {
        return reasons.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    public String country(String code) {
        return labels.countryName(code);
    }

    private Object word(Object arg) {
        if (arg instanceof Reason.Countries c) {
            return c.codes().stream().map(labels::countryName).collect(Collectors.joining(", "));
        }
        if (arg instanceof Reason.Languages l) {
            return l.codes().isEmpty() ? "—"
                    : l.codes().stream().map(labels::languageName).collect(Collectors.joining(", "));
        }
        if (arg instanceof Reason.Outcome o) {
            return o.code() == null || o.code().isEmpty() ? "—" : labels.textOr("outcome." + o.code(), o.code());
        }
        if (arg instanceof Reason.Status s) {
            return texts.status(s.code());
        }
        return arg;
    }
}
