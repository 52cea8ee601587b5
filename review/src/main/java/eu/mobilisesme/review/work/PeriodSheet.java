package eu.mobilisesme.review.work;

import eu.mobilisesme.review.runs.Period;
import eu.mobilisesme.review.sheet.Cell;
import eu.mobilisesme.review.sheet.Column;
import eu.mobilisesme.review.sheet.FormColumns;
import eu.mobilisesme.review.sheet.SheetWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Adds a last sheet that says which period the workbook covers, and with which filters (or none). */
public final class PeriodSheet implements SheetWriter {

    private final SheetWriter workbook;
    private final WorkTexts texts;
    private final Period period;
    private final List<String> filters;

    public PeriodSheet(SheetWriter workbook, WorkTexts texts, Period period, List<String> filters) {
        this.workbook = workbook;
        this.texts = texts;
        this.period = period;
        this.filters = List.copyOf(filters);
    }

    @Override
    public void startForm(FormColumns form) {
        workbook.startForm(form);
    }

    @Override
    public void row(List<Cell> cells) {
        workbook.row(cells);
    }

    /**
     * A small table like the sheets before it, written by the same workbook, so it is frozen, filtered and printed
     * in landscape like them: a header row (the period, the filters) and one row that describes this run.
     */
    @Override
    public List<Path> finish() {
        workbook.startForm(new FormColumns("*period", texts.format("period.sheet"), List.of(
                new Column("*period", texts.format("period.heading"), null),
                new Column("*filters", texts.format("period.filters"), null)), Set.of()));
        workbook.row(List.of(Cell.text(period.describe(texts)),
                Cell.text(filters.isEmpty() ? texts.format("period.noFilters") : String.join(", ", filters))));
        return workbook.finish();
    }

    @Override
    public void close() {
        workbook.close();
    }
}
