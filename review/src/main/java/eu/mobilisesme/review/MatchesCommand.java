package eu.mobilisesme.review;

import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.review.items.Submissions;
import eu.mobilisesme.review.matching.MatchInput;
import eu.mobilisesme.review.matching.Matcher;
import eu.mobilisesme.review.matching.MatchesWorkbook;
import eu.mobilisesme.review.matching.Ranking;
import eu.mobilisesme.review.matching.ReasonWords;
import eu.mobilisesme.review.matching.Side;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.XlsxWorkbook;
import eu.mobilisesme.review.work.WorkTexts;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review matches}: ranked hosting candidates for each sending application, and the reverse. */
@Command(name = "matches", sortOptions = false,
        description = {"Rank, for each sending application, the hosting candidates (and for each hosting application "
                + "the sending ones), with a score out of 100 and the reasons: countries wanted, sector, shared "
                + "languages, dates, capacity, eligibility and status. A partner named in a form comes first.",
                "Example: review matches --export ~/Downloads/AWSDynamoDB --lang es --out matches.xlsx"})
final class MatchesCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Mixin
    FilterOptions filters;
    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The workbook (default: matches.xlsx).")
    Path out = Path.of("matches.xlsx");

    @Option(names = "--top", paramLabel = "N", description = "Candidates per application (default 5; 0: all).")
    int top = 5;

    @Option(names = "--include-refused", description = "Also match applications whose status is refused.")
    boolean includeRefused;

    @Option(names = "--include-ineligible", description = "Also match applications whose preliminary "
            + "eligibility is ineligible.")
    boolean includeIneligible;

    MatchesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        source.requireOne();
        WorkTexts texts = WorkTexts.of(common.lang);
        if (top < 0) {
            throw new ReviewException(ExitCode.USAGE, texts.format("match.error.top", top));
        }
        ItemFilter filter = filters.filter();
        Console console = common.console(env);
        Labels labels = common.labels(console);
        ItemSource items = source.open(env, filter, console);
        MatchInput input = new MatchInput(includeRefused, includeIneligible);
        new Submissions(items, filter, console).forEach(input::add);
        var applications = input.applications();
        List<Ranking> sending = Matcher.rank(applications, Side.SENDING, top);
        List<Ranking> hosting = Matcher.rank(applications, Side.HOSTING, top);
        XlsxWorkbook workbook = new XlsxWorkbook(out, console);
        List<Path> files;
        try {
            files = new MatchesWorkbook(texts, new ReasonWords(labels, texts)).write(workbook, sending, hosting);
        } finally {
            workbook.close();
        }
        if (input.refused() + input.ineligible() > 0) {
            console.info(texts.format("match.leftOut", input.refused(), input.ineligible()));
        }
        console.info(texts.format("match.wrote", sending.size(), hosting.size()));
        files.forEach(file -> env.out().println(file.normalize()));
        return ExitCode.OK;
    }
}
