package eu.mobilisesme.review.matching;

import eu.mobilisesme.review.sheet.Cell;
import eu.mobilisesme.review.sheet.Column;
import eu.mobilisesme.review.sheet.FormColumns;
import eu.mobilisesme.review.sheet.SheetWriter;
import eu.mobilisesme.review.work.WorkTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matches as a workbook, through the same writer and layout as the submission sheets: short bold headers with
 * an explaining comment where they need one, the header frozen and filtered, wrapped text, landscape print, rank and
 * score as number cells, every other cell a text cell (so a name such as "=HYPERLINK(…)" is never run). One sheet
 * of hosting candidates per sending application, one of sending candidates per hosting application, a row per
 * candidate, best first.
 */
public final class MatchesWorkbook {

    private static final List<String> HEADERS = List.of("match.column.reference", "match.column.company",
            "match.column.country", "column.status", "column.case", "match.column.rank", "match.column.candidate",
            "match.column.candidateCompany", "match.column.candidateCountry", "match.column.candidateStatus",
            "match.column.candidateCase", "match.column.score", "match.column.named", "match.column.reasons");

    /**
     * The columns whose short header leaves something out, and the text that explains them: the workbook puts it in
     * the header cell's comment, as it does with the full question of a form's column.
     */
    private static final Map<String, String> ABOUT = Map.of("column.case", "match.about.case",
            "match.column.rank", "match.about.rank", "match.column.candidateCase", "match.about.case",
            "match.column.score", "match.about.score", "match.column.named", "match.about.named",
            "match.column.reasons", "match.about.reasons");

    private final WorkTexts texts;
    private final ReasonWords words;

    public MatchesWorkbook(WorkTexts texts, ReasonWords words) {
        this.texts = texts;
        this.words = words;
    }

    public List<Path> write(SheetWriter workbook, List<Ranking> sending, List<Ranking> hosting) {
        sheet(workbook, "match.sheet.sending", sending);
        sheet(workbook, "match.sheet.hosting", hosting);
        return workbook.finish();
    }

    private void sheet(SheetWriter workbook, String name, List<Ranking> rankings) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            String header = texts.format(HEADERS.get(i));
            String about = ABOUT.get(HEADERS.get(i));
            columns.add(about == null ? new Column("*match" + i, header, null)
                    : new Column("*match" + i, texts.format(about), null, header));
        }
        workbook.startForm(new FormColumns("*" + name, texts.format(name), columns, Set.of()));
        for (Ranking ranking : rankings) {
            List<Cell> own = own(ranking.application());
            if (ranking.matches().isEmpty()) {
                List<Cell> row = new ArrayList<>(own);
                while (row.size() < HEADERS.size()) {
                    row.add(Cell.EMPTY);
                }
                workbook.row(row);
            }
            int rank = 1;
            for (Match match : ranking.matches()) {
                List<Cell> row = new ArrayList<>(own);
                Application candidate = match.candidate();
                row.add(Cell.number(Integer.toString(rank++)));
                row.add(Cell.text(candidate.reference()));
                row.add(Cell.text(candidate.company()));
                row.add(Cell.text(words.country(candidate.country())));
                row.add(Cell.text(texts.status(candidate.status())));
                row.add(Cell.text(caseOf(candidate)));
                row.add(Cell.number(Integer.toString(match.score())));
                row.add(Cell.text(match.named() ? texts.format("match.yes") : ""));
                row.add(Cell.text(words.cell(match.reasons())));
                workbook.row(row);
            }
        }
    }

    private List<Cell> own(Application application) {
        return List.of(Cell.text(application.reference()), Cell.text(application.company()),
                Cell.text(words.country(application.country())), Cell.text(texts.status(application.status())),
                Cell.text(caseOf(application)));
    }

    /** "MSME-… (case of 3)" for a repeat submitter, empty for a single submission. */
    String caseOf(Application application) {
        return application.caseSize() > 1 ? texts.format("case.of", application.caseId(), application.caseSize()) : "";
    }
}
