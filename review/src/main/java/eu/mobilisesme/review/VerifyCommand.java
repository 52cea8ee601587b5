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

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    VerifyCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Console console = new Console(env.err(), quiet);
        int[] missing = {0};
        List<Export> found = ExportFolders.discover(exports, problem -> {
            env.err().println("error: " + problem.getMessage());
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
                    env.err().println("error: " + e.getMessage());
                    bad++;
                }
            }
            problems += bad;
            String what = (export.incremental() ? "incremental" : "full") + " export "
                    + export.summary().exportId() + " of " + export.summary().exportTime() + " in " + export.folder()
                    + ": " + export.files().size() + " data files, " + Console.number(items) + " items";
            if (bad == 0 && missing[0] == 0) {
                console.info("OK " + what);
            } else {
                env.err().println("DAMAGED " + what + "; " + Console.count(bad, "file", "files")
                        + " with problems" + (missing[0] == 0 ? "" : ", " + Console.count(missing[0], "file", "files")
                        + " missing"));
            }
        }
        return problems == 0 ? ExitCode.OK : ExitCode.BAD_EXPORT;
    }
}
