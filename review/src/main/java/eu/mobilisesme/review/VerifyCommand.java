package eu.mobilisesme.review;

import eu.mobilisesme.review.export.DataFile;
import eu.mobilisesme.review.export.DataFileReader;
import eu.mobilisesme.review.export.Export;
import eu.mobilisesme.review.export.ExportFolders;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review verify}: checks downloaded exports without writing anything. */
@Command(name = "verify", sortOptions = false,
        description = {"Check downloaded exports: every data file listed in manifest-files.json is present, and "
                + "its MD5 checksum and item count match. Every problem is listed; the exit code is 3 if any.",
                "Example: review verify --export ~/Downloads/AWSDynamoDB"})
final class VerifyCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;

    @Option(names = "--export", required = true, paramLabel = "FOLDER",
            description = "A downloaded export, or a folder above one or more; repeat for several.")
    List<Path> exports;

    @Mixin
    CommonOptions common;

    VerifyCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Console console = common.console(env);
        Texts texts = console.texts();
        int[] missing = {0};
        List<Export> found = ExportFolders.discover(exports, problem -> {
            env.err().println(texts.format("error.line", problem.message(texts)));
            missing[0]++;
        });
        int problems = missing[0];
        for (Export export : found) {
            long items = 0;
            int bad = 0;
            for (DataFile file : export.files()) {
                long[] lines = {0};
                try {
                    DataFileReader.read(file, line -> lines[0]++);
                    items += lines[0];
                } catch (ReviewException e) {
                    env.err().println(texts.format("error.line", e.message(texts)));
                    bad++;
                }
            }
            problems += bad;
            String what = texts.format(export.incremental() ? "verify.incremental" : "verify.full",
                    export.summary().exportId(), export.summary().exportTime().toString(), export.folder(),
                    texts.count("dataFile", export.files().size()), texts.count("item", items));
            if (bad == 0 && missing[0] == 0) {
                console.say("verify.ok", what);
            } else if (missing[0] == 0) {
                env.err().println(texts.format("verify.damaged", what, texts.count("file", bad)));
            } else {
                env.err().println(texts.format("verify.damagedMissing", what, texts.count("file", bad),
                        texts.count("file", missing[0])));
            }
        }
        return problems == 0 ? ExitCode.OK : ExitCode.BAD_EXPORT;
    }
}
