package eu.mobilisesme.review;

import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.review.items.Submissions;
import eu.mobilisesme.review.report.HtmlReport;
import eu.mobilisesme.review.report.SummaryCounts;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review report}: the one-file HTML summary. */
@Command(name = "report", sortOptions = false,
        description = {"Write a summary as one HTML file that opens offline: counts by form, country, language of "
                + "the form, preliminary eligibility and ISO week received, with bar charts.",
                "Example: review report --export ~/Downloads/AWSDynamoDB --lang fr --out summary.html"})
final class ReportCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Mixin
    FilterOptions filters;
    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The HTML file (default: summary.html).")
    Path out = Path.of("summary.html");

    ReportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        source.requireOne();
        ItemFilter filter = filters.filter();
        Console console = common.console(env);
        Labels labels = common.labels(console);
        ItemSource items = source.open(env, filter, console);
        SummaryCounts counts = new SummaryCounts();
        Submissions submissions = new Submissions(items, filter, console);
        submissions.forEach(counts::add);
        String html = new HtmlReport(labels).render(counts, items.describe(console.texts()), filter.describe(),
                submissions.expired());
        Path temp = OutputFiles.temporaryFor(out);
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(out, e);
        }
        OutputFiles.moveIntoPlace(temp, out);
        console.say("report.written", console.texts().count("submission", counts.total()));
        env.out().println(out.normalize());
        return ExitCode.OK;
    }
}
