package eu.mobilisesme.review;

import eu.mobilisesme.review.export.Export;
import eu.mobilisesme.review.export.ExportFolders;
import eu.mobilisesme.review.gdpr.ExportFileScan;
import eu.mobilisesme.review.gdpr.PersonMatcher;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.sheet.RowRenderer;
import eu.mobilisesme.review.table.TableScan;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review erase}: a GDPR erasure request. */
@Command(name = "erase", sortOptions = false,
        description = {"Delete one person's submissions from the live table (GDPR erasure request), after showing "
                + "them and asking for confirmation, and list the export files under --export that still hold "
                + "their data. Give --table, --export or both.",
                "Example: review erase --table MobiliseSme-Submissions --export ~/Downloads/AWSDynamoDB "
                        + "--email ana@example.es"})
final class EraseCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors on stderr.")
    boolean quiet;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The person's e-mail address.")
    String email;

    @Option(names = {"-y", "--yes"}, description = "Delete without asking (for scripts).")
    boolean yes;

    EraseCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!source.hasTable() && !source.hasExports()) {
            throw new ReviewException(ExitCode.USAGE, "Give --table NAME to delete from the live table, --export "
                    + "FOLDER to find the export files that hold the person's data, or both.");
        }
        PersonMatcher person = new PersonMatcher(email);
        Console console = new Console(env.err(), quiet);
        List<Export> exports = source.hasExports() ? ExportFolders.discover(source.exports) : List.of();
        Set<String> erased = new LinkedHashSet<>();
        if (source.hasTable()) {
            int code = eraseFromTable(person, console, erased);
            if (code != ExitCode.OK) {
                return code;
            }
        }
        if (!exports.isEmpty()) {
            listExportFiles(exports, person, erased, console);
        }
        return ExitCode.OK;
    }

    private int eraseFromTable(PersonMatcher person, Console console, Set<String> erased) {
        TableScan table = new TableScan(env.clients().apply(source.settings(env)), source.table);
        console.info("Scanning table " + source.table + " for " + person.email() + "...");
        List<Item> found = new ArrayList<>();
        table.forEach(item -> {
            if (person.matches(item)) {
                found.add(item);
            }
        });
        found.sort(PersonCommand.ORDER);
        if (found.isEmpty()) {
            env.out().println("No submission of " + person.email() + " in table " + source.table + ".");
            return ExitCode.OK;
        }
        env.out().println(found.size() + " submissions of " + person.email() + " in table " + source.table + ":");
        found.forEach(item -> env.out().println("  " + describe(item)));
        env.out().flush();
        if (!yes && !confirmed(found.size())) {
            env.out().println("Nothing deleted.");
            return ExitCode.NOT_CONFIRMED;
        }
        for (Item item : found) {
            table.delete(item.id());
            erased.add(item.id());
            env.out().println("Deleted " + describe(item));
        }
        env.out().println("Deleted " + found.size() + " submissions from table " + source.table + ".");
        return ExitCode.OK;
    }

    private boolean confirmed(int count) {
        env.err().print("Delete these " + count + " submissions from table " + source.table
                + "? This cannot be undone. Type yes to confirm: ");
        env.err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
        } catch (IOException e) {
            return false;
        }
    }

    private void listExportFiles(List<Export> exports, PersonMatcher person, Set<String> erased, Console console) {
        List<ExportFileScan.Finding> findings = ExportFileScan.scan(exports, person, erased, console);
        if (findings.isEmpty()) {
            env.out().println("No export file under " + String.join(", ", source.exports.stream()
                    .map(Object::toString).toList()) + " holds data of " + person.email() + ".");
            return;
        }
        env.out().println("Export files that still hold data of " + person.email() + ":");
        for (ExportFileScan.Finding finding : findings) {
            env.out().println("  " + finding.file().path() + "  (export " + finding.export().summary().exportId()
                    + ", key " + finding.file().s3Key() + ")"
                    + (finding.problem() == null ? "" : "  COULD NOT BE CHECKED: " + finding.problem()));
        }
        env.out().println("Export files cannot be edited: delete each export folder above, on this computer and "
                + "in the S3 bucket (prefix AWSDynamoDB/<export id>/), and make a new export if you still need one.");
    }

    private static String describe(Item item) {
        String received = item.receivedAt().map(RowRenderer.TIME::format)
                .orElse(String.valueOf(item.string(SubmissionAttributes.RECEIVED_AT)));
        return String.join("  ", String.valueOf(item.string(SubmissionAttributes.REFERENCE)),
                String.valueOf(item.form()), received, "id " + item.id());
    }
}
