package eu.mobilisesme.review;

import eu.mobilisesme.review.sheet.RowRenderer;
import eu.mobilisesme.review.status.StatusChange;
import eu.mobilisesme.review.status.StatusRecorder;
import eu.mobilisesme.review.work.ReviewStatus;
import eu.mobilisesme.review.work.WorkTexts;
import eu.mobilisesme.submission.References;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review status}: records a decision on one submission in the live table. */
@Command(name = "status", sortOptions = false,
        description = {"Record where staff stand with a submission (screened, on-hold, accepted, refused) in the "
                + "live table, with the time, your name and a note; sheets, report and matches show it.",
                "Example: review status --table MobiliseSme-Submissions --ref MSME-7W2T-ENWC --set on-hold "
                        + "--note 'waiting for the VAT certificate'"})
final class StatusCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Mixin
    CommonOptions common;

    @Option(names = "--ref", required = true, paramLabel = "REFERENCE",
            description = "The submission's reference, e.g. MSME-7W2T-ENWC.")
    String reference;

    @Option(names = "--set", required = true, paramLabel = "STATUS",
            description = "screened, on-hold, accepted or refused.")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a few words (kept in the history).")
    String note;

    @Option(names = "--by", paramLabel = "NAME",
            description = "Who decides (kept in the history). Default: your user name on this computer.")
    String by;

    StatusCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        WorkTexts texts = WorkTexts.of(common.lang);
        common.labels(common.console(env));
        if (!source.hasTable() || source.hasExports()) {
            throw new ReviewException(ExitCode.USAGE, texts.format("status.error.table"));
        }
        String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!References.FORMAT.matcher(ref).matches()) {
            throw new ReviewException(ExitCode.USAGE, texts.format("status.error.ref", reference));
        }
        ReviewStatus chosen = ReviewStatus.fromCode(status.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(s -> s != ReviewStatus.NEW)
                .orElseThrow(() -> new ReviewException(ExitCode.USAGE, texts.format("status.error.set",
                        String.join(", ", ReviewStatus.settable().stream().map(ReviewStatus::code).toList()), status)));
        String who = by != null ? by.strip() : env.variables().getOrDefault("USER",
                env.variables().getOrDefault("USERNAME", System.getProperty("user.name", "")));
        if (who == null || who.isBlank()) {
            throw new ReviewException(ExitCode.USAGE, texts.format("status.error.by"));
        }
        Instant now = env.clock().instant();
        new StatusRecorder(env.clients().apply(source.settings(env)), source.table, texts)
                .record(ref, new StatusChange(chosen, who, now, note));
        env.out().println(texts.format("status.recorded", ref, texts.status(chosen.code()), who,
                RowRenderer.TIME.format(now)));
        return ExitCode.OK;
    }
}
