package eu.mobilisesme.review;

import eu.mobilisesme.review.cases.Cases;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.matching.MatchInput;
import eu.mobilisesme.review.matching.Matcher;
import eu.mobilisesme.review.matching.MatchesSection;
import eu.mobilisesme.review.matching.ReasonWords;
import eu.mobilisesme.review.matching.Side;
import eu.mobilisesme.review.runs.NewOptions;
import eu.mobilisesme.review.work.ReportSections;
import eu.mobilisesme.review.work.WorkTexts;
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
    @Mixin
    NewOptions news;

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
        WorkTexts work = WorkTexts.of(common.lang);
        NewOptions.Run mark = news.start(env, "report", source.key(), items);
        MatchInput matching = new MatchInput(false, false);
        Cases cases = matching.cases();
        SummaryCounts counts = new SummaryCounts();
        ReportSections sections = new ReportSections(work, labels);
        Submissions submissions = new Submissions(items, filter, console);
        submissions.forEach(item -> {
            matching.add(item);
            if (mark.period().covers(item)) {
                counts.add(item);
                sections.add(item);
            }
        });
        sections.section(new MatchesSection(work, new ReasonWords(labels, work)).html(
                Matcher.rank(matching.applications(), Side.SENDING, MatchesSection.SHOWN)));
        String html = sections.into(new HtmlReport(labels).render(counts, items.describe(console.texts()), filter.describe(),
                submissions.expired()), mark.period(), cases);
        Path temp = OutputFiles.temporaryFor(out);
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(out, e);
        }
        OutputFiles.moveIntoPlace(temp, out);
        mark.succeeded(filter);
        console.info(mark.period().describe(work));
        console.say("report.written", console.texts().count("submission", counts.total()));
        env.out().println(out.normalize());
        return ExitCode.OK;
    }
}
