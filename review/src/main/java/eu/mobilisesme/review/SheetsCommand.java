package eu.mobilisesme.review;

import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.review.cases.Cases;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.review.runs.NewOptions;
import eu.mobilisesme.review.work.PeriodSheet;
import eu.mobilisesme.review.work.WorkColumns;
import eu.mobilisesme.review.work.WorkTexts;
import eu.mobilisesme.review.items.Submissions;
import eu.mobilisesme.review.sheet.CsvSheets;
import eu.mobilisesme.review.sheet.FormColumns;
import eu.mobilisesme.review.sheet.OutputFolder;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.SheetRun;
import eu.mobilisesme.review.sheet.SheetWriter;
import eu.mobilisesme.review.sheet.XlsxWorkbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review sheets}: one CSV per form and one XLSX workbook with a sheet per form. */
@Command(name = "sheets", sortOptions = false,
        description = {"Write the submissions as spreadsheets: <form>.csv for each form and submissions.xlsx with "
                + "one sheet per form. Rows are sorted by time received; the same input gives the same files.",
                "Example: review sheets --export ~/Downloads/AWSDynamoDB --out ~/review --delimiter ';'"})
final class SheetsCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    static final String WORKBOOK = "submissions.xlsx";
    /** What a submission outside the --new period sorts as: no row (rows always start with their form). */
    private static final String OUTSIDE_PERIOD = "-";

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Mixin
    FilterOptions filters;
    @Mixin
    CommonOptions common;
    @Mixin
    NewOptions news;

    @Option(names = {"-o", "--out"}, paramLabel = "FOLDER", description = "Where to write the files (default: the "
            + "current folder). The folder holds this run's files only: the tool's own files of an earlier run are "
            + "replaced or removed (unless someone changed them); it never overwrites or removes anyone else's.")
    Path out = Path.of(".");

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "csv, xlsx or both (default: csv,xlsx).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter: ',' or ';' or 'tab' (then the "
            + "files are .tsv). Default: ',' with --lang en, ';' with the other languages, as Excel expects in "
            + "countries that write decimals with a comma.")
    String delimiter;

    SheetsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        source.requireOne();
        ItemFilter filter = filters.filter();
        char separator = delimiter(common.lang);
        Console console = common.console(env);
        Labels labels = common.labels(console);
        List<String> forms = Forms.all().stream().map(FormDefinition::id)
                .filter(id -> filter.forms().isEmpty() || filter.forms().contains(id)).toList();
        OutputFolder folder = OutputFolder.open(out, console);
        folder.claim(names(forms, separator));
        List<SheetWriter> writers = new ArrayList<>();
        XlsxWorkbook workbook = null;
        ItemSource items = source.open(env, filter, console);
        WorkTexts work = WorkTexts.of(common.lang);
        NewOptions.Run mark = news.start(env, "sheets", source.key(), items);
        try {
            if (formats.contains(Format.csv)) {
                writers.add(new CsvSheets(out, separator));
            }
            if (formats.contains(Format.xlsx)) {
                workbook = new XlsxWorkbook(out.resolve(WORKBOOK), console);
                writers.add(new PeriodSheet(workbook, work, mark.period(), filter.describe()));
            }
            // Cases count every submission read, the older ones too: a new submission of someone who wrote before
            // belongs to their case. So everything is read once, and only the period's rows are kept.
            Cases cases = new Cases();
            SheetRun run = new SheetRun(forms, labels, writers, console);
            XlsxWorkbook xlsx = workbook;
            run.finishRowsWith((form, cells) -> WorkColumns.withCase(form, cells, cases, work));
            Submissions submissions = new Submissions(items, filter, console);
            submissions.forEachSorted(forms, item -> {
                cases.add(item);
                if (!mark.period().covers(item)) {
                    return OUTSIDE_PERIOD;
                }
                if (xlsx != null) {
                    item.receivedAt().ifPresent(xlsx::newestSubmission);
                }
                return run.encode(WorkColumns.decorate(item, null, work));
            }, line -> {
                if (!line.equals(OUTSIDE_PERIOD)) {
                    run.accept(line);
                }
            });
            List<Path> files = run.finish();
            folder.finish(files);
            mark.succeeded(filter);
            console.info(mark.period().describe(work));
            Texts texts = console.texts();
            List<String> summary = new ArrayList<>();
            run.counts().forEach((form, count) -> summary.add(texts.format("sheets.formCount",
                    labels.text("form." + form), count)));
            long written = run.counts().values().stream().mapToLong(Long::longValue).sum();
            console.say("sheets.wrote", texts.count("submission", written), String.join(", ", summary));
            files.forEach(file -> env.out().println(file.normalize()));
            return ExitCode.OK;
        } finally {
            writers.forEach(SheetWriter::close);
        }
    }

    /** Every file this run may write: a CSV per form (and for unknown forms), the workbook. */
    private List<String> names(List<String> forms, char separator) {
        List<String> names = new ArrayList<>();
        if (formats.contains(Format.csv)) {
            forms.forEach(form -> names.add(form + CsvSheets.extension(separator)));
            names.add(FormColumns.OTHER + CsvSheets.extension(separator));
        }
        if (formats.contains(Format.xlsx)) {
            names.add(WORKBOOK);
        }
        return names;
    }

    private char delimiter(String lang) {
        if (delimiter == null) {
            return Languages.DEFAULT.equals(lang) ? ',' : ';';
        }
        return switch (delimiter) {
            case ",", ";", "|" -> delimiter.charAt(0);
            case "tab", "\t" -> '\t';
            default -> throw ReviewException.of(ExitCode.USAGE, null, "error.delimiter", delimiter);
        };
    }
}
