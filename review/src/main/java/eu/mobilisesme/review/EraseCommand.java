package eu.mobilisesme.review;

import eu.mobilisesme.review.export.Export;
import eu.mobilisesme.review.export.ExportFolders;
import eu.mobilisesme.review.gdpr.ExportFileScan;
import eu.mobilisesme.review.gdpr.ErasureLedger;
import eu.mobilisesme.review.gdpr.PersonMatch;
import eu.mobilisesme.review.gdpr.PersonMatcher;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.review.sheet.FormColumns;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.RowRenderer;
import eu.mobilisesme.review.table.TableScan;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
    @Mixin
    CommonOptions common;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The person's e-mail address.")
    String email;

    @Option(names = {"-y", "--yes"}, description = "Erase without asking (for scripts).")
    boolean yes;

    private Texts texts;
    private Labels labels;

    EraseCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!source.hasTable() && !source.hasExports()) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.eraseNoSource");
        }
        PersonMatcher person = new PersonMatcher(email);
        Console console = common.console(env);
        texts = console.texts();
        labels = common.labels(console);
        ErasureLedger ledger = ErasureLedger.load(source.ledgerFile(env));
        List<Export> exports = source.hasExports() ? ExportFolders.discover(source.exports) : List.of();
        TableScan table = null;
        List<PersonMatch> found = new ArrayList<>();
        if (source.hasTable()) {
            table = new TableScan(env.clients().apply(source.settings(env)), source.table);
            console.say("erase.scanning", source.table, person.email());
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
            env.out().println(texts.format("erase.nothing"));
            return ExitCode.NOT_CONFIRMED;
        }
        if (table != null) {
            eraseFromTable(table, found);
        }
        ledger.record(person.email(), env.clock().instant());
        env.out().println(texts.format("erase.recorded", ledger.file(), person.email()));
        if (!findings.isEmpty()) {
            env.out().println(texts.format("erase.deleteExports"));
        }
        return ExitCode.OK;
    }

    private void listTable(PersonMatcher person, List<PersonMatch> found) {
        if (found.isEmpty()) {
            env.out().println(texts.format("erase.noneInTable", source.table, person.email()));
            return;
        }
        env.out().println(texts.format("erase.foundInTable", found.size(), source.table, person.email()));
        for (PersonMatch match : found) {
            env.out().println("  " + describe(match.item()));
            env.out().println("    " + texts.format("erase.whose", match.submitter()
                    ? texts.format("erase.theirSubmission") : texts.format("erase.submissionOf", match.owner()),
                    fields(match.item(), match.matched())));
            env.out().println("    " + (match.submitter() ? texts.format("erase.willDelete")
                    : texts.format("erase.willRemove", fields(match.item(), match.theirs()))));
        }
    }

    private void eraseFromTable(TableScan table, List<PersonMatch> found) {
        int deleted = 0;
        int changed = 0;
        for (PersonMatch match : found) {
            if (match.submitter()) {
                table.delete(match.item().id());
                deleted++;
                env.out().println(texts.format("erase.deleted", describe(match.item())));
            } else {
                table.remove(match.item().id(), match.theirs());
                changed++;
                env.out().println(texts.format("erase.removed", fields(match.item(), match.theirs()),
                        describe(match.item())));
            }
        }
        if (!found.isEmpty()) {
            env.out().println(texts.format("erase.done", texts.count("submission", deleted),
                    texts.count("submission", changed), source.table));
        }
    }

    private boolean confirmed(PersonMatcher person, List<PersonMatch> found, ErasureLedger ledger) {
        long whole = found.stream().filter(PersonMatch::submitter).count();
        String question = source.hasTable()
                ? texts.format("erase.confirmTable", person.email(), texts.count("submission", whole),
                        texts.count("submission", found.size() - whole), source.table, ledger.file())
                : texts.format("erase.confirmLedger", person.email(), ledger.file());
        env.err().print(question + " ");
        env.err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
            String given = answer == null ? "" : answer.strip().toLowerCase(texts.locale());
            // "yes" always works, so that scripts and colleagues' habits do not depend on --lang
            return given.equals("yes") || given.equals(texts.text("erase.yes").toLowerCase(texts.locale()));
        } catch (IOException e) {
            return false;
        }
    }

    private void listExportFiles(PersonMatcher person, List<ExportFileScan.Finding> findings) {
        if (findings.isEmpty()) {
            env.out().println(texts.format("erase.noExportFile", String.join(", ", source.exports.stream()
                    .map(Object::toString).toList()), person.email()));
            return;
        }
        env.out().println(texts.format("erase.exportFiles", person.email()));
        for (ExportFileScan.Finding finding : findings) {
            env.out().println("  " + texts.format("erase.exportFile", finding.file().path(),
                    finding.export().summary().exportId(), finding.file().s3Key())
                    + (finding.problem() == null ? "" : "  " + texts.format("erase.notChecked", finding.problem())));
        }
    }

    /** The attributes as the sheet's headers in --lang, so staff recognise them; unknown ones by name. */
    private String fields(Item item, List<String> attributes) {
        FormColumns form = FormColumns.of(Forms.byId(item.form()).isPresent() ? item.form() : FormColumns.OTHER,
                labels);
        Map<String, String> headers = new HashMap<>();
        form.columns().forEach(column -> headers.put(column.attribute(), column.header()));
        return String.join(", ", attributes.stream().map(name -> headers.getOrDefault(name, name)).toList());
    }

    private String describe(Item item) {
        String received = item.receivedAt().map(RowRenderer.TIME::format)
                .orElse(String.valueOf(item.string(SubmissionAttributes.RECEIVED_AT)));
        String form = Forms.byId(item.form()).isPresent() ? labels.text("form." + item.form())
                : String.valueOf(item.form());
        return texts.format("erase.item", String.valueOf(item.string(SubmissionAttributes.REFERENCE)), form,
                received, String.valueOf(item.id()));
    }
}
