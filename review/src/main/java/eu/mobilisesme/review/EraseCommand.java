package eu.mobilisesme.review;

import eu.mobilisesme.review.export.Export;
import eu.mobilisesme.review.export.ExportFolders;
import eu.mobilisesme.review.gdpr.ExportFileScan;
import eu.mobilisesme.review.gdpr.ErasureLedger;
import eu.mobilisesme.review.gdpr.PersonMatch;
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
import java.util.Comparator;
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
        description = {"Erase one person's data (GDPR erasure request). In the live table (--table) the "
                + "submissions they sent are deleted, and in other submissions only the fields about them (a "
                + "participant's or a partner contact's name, e-mail, role...) are removed; the list is shown and "
                + "confirmed first. The erasure is recorded in the erasure ledger, so that sheets, report and "
                + "person leave them out of every export they read; the export files under --export that hold "
                + "their data are listed. Give --table, --export or both.",
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

    @Option(names = {"-y", "--yes"}, description = "Erase without asking (for scripts).")
    boolean yes;

    EraseCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!source.hasTable() && !source.hasExports()) {
            throw new ReviewException(ExitCode.USAGE, "Give --table NAME to erase from the live table, --export "
                    + "FOLDER to find the export files that hold the person's data, or both.");
        }
        PersonMatcher person = new PersonMatcher(email);
        Console console = new Console(env.err(), quiet);
        ErasureLedger ledger = ErasureLedger.load(source.ledgerFile(env));
        List<Export> exports = source.hasExports() ? ExportFolders.discover(source.exports) : List.of();
        TableScan table = null;
        List<PersonMatch> found = new ArrayList<>();
        if (source.hasTable()) {
            table = new TableScan(env.clients().apply(source.settings(env)), source.table);
            console.info("Scanning table " + source.table + " for " + person.email() + "...");
            table.forEach(item -> PersonMatch.find(item, person).ifPresent(found::add));
            found.sort(Comparator.comparing(PersonMatch::item, PersonCommand.ORDER));
            listTable(person, found);
        }
        List<ExportFileScan.Finding> findings = List.of();
        if (!exports.isEmpty()) {
            Set<String> whole = new LinkedHashSet<>();
            found.stream().filter(PersonMatch::submitter).forEach(m -> whole.add(m.item().id()));
            findings = ExportFileScan.scan(exports, person, whole, console);
            listExportFiles(person, findings);
        }
        env.out().flush();
        if (!yes && !confirmed(person, found, ledger)) {
            env.out().println("Nothing erased: the table and the erasure ledger are unchanged.");
            return ExitCode.NOT_CONFIRMED;
        }
        if (table != null) {
            eraseFromTable(table, found);
        }
        ledger.record(person.email(), env.clock().instant());
        env.out().println("Recorded in the erasure ledger " + ledger.file() + ": sheets, report and person leave "
                + person.email() + " out of every export they read (the submissions they sent are left out, their "
                + "fields removed from the others). Keep this file; it holds no personal data.");
        if (!findings.isEmpty()) {
            env.out().println("The export files listed above still hold their data: delete those exports, on this "
                    + "computer and in the S3 bucket (prefix AWSDynamoDB/<export id>/), when you no longer need "
                    + "them.");
        }
        return ExitCode.OK;
    }

    private void listTable(PersonMatcher person, List<PersonMatch> found) {
        if (found.isEmpty()) {
            env.out().println("No submission in table " + source.table + " holds data of " + person.email() + ".");
            return;
        }
        env.out().println(submissions(found.size()) + " in table " + source.table + " hold data of "
                + person.email() + ":");
        for (PersonMatch match : found) {
            env.out().println("  " + describe(match.item()));
            env.out().println("    " + (match.submitter() ? "their submission" : "submission of " + match.owner())
                    + "; their address is in: " + String.join(", ", match.matched()));
            env.out().println("    " + (match.submitter() ? "will delete the whole submission"
                    : "will remove " + String.join(", ", match.theirs()) + "; the rest is kept"));
        }
    }

    private void eraseFromTable(TableScan table, List<PersonMatch> found) {
        int deleted = 0;
        int changed = 0;
        for (PersonMatch match : found) {
            if (match.submitter()) {
                table.delete(match.item().id());
                deleted++;
                env.out().println("Deleted " + describe(match.item()));
            } else {
                table.remove(match.item().id(), match.theirs());
                changed++;
                env.out().println("Removed " + String.join(", ", match.theirs()) + " from "
                        + describe(match.item()));
            }
        }
        if (!found.isEmpty()) {
            env.out().println("Deleted " + submissions(deleted) + " and removed the person's fields from "
                    + submissions(changed) + " in table " + source.table + ".");
        }
    }

    private boolean confirmed(PersonMatcher person, List<PersonMatch> found, ErasureLedger ledger) {
        long whole = found.stream().filter(PersonMatch::submitter).count();
        String what = source.hasTable() ? "delete " + submissions(whole) + " and remove their fields from "
                + submissions(found.size() - whole) + " in table " + source.table + ", and " : "";
        env.err().print("Erase the data of " + person.email() + ": " + what + "record the erasure in "
                + ledger.file() + "? This cannot be undone. Type yes to confirm: ");
        env.err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
        } catch (IOException e) {
            return false;
        }
    }

    private void listExportFiles(PersonMatcher person, List<ExportFileScan.Finding> findings) {
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
    }

    static String submissions(long n) {
        return Console.count(n, "submission", "submissions");
    }

    private static String describe(Item item) {
        String received = item.receivedAt().map(RowRenderer.TIME::format)
                .orElse(String.valueOf(item.string(SubmissionAttributes.RECEIVED_AT)));
        return String.join("  ", String.valueOf(item.string(SubmissionAttributes.REFERENCE)),
                String.valueOf(item.form()), received, "id " + item.id());
    }
}
