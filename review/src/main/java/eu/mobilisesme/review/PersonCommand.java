package eu.mobilisesme.review;

import eu.mobilisesme.review.gdpr.PersonFile;
import eu.mobilisesme.review.gdpr.PersonMatch;
import eu.mobilisesme.review.gdpr.PersonMatcher;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.OutputFiles;
import eu.mobilisesme.review.table.TableScan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review person}: everything held on one person, for a GDPR access request. */
@Command(name = "person", sortOptions = false,
        description = {"Write the data held on one person as JSON (GDPR access request): the submissions they "
                + "sent (an e-mail field of the sender equals the address, ignoring case), without the other "
                + "people named in them, and the other submissions that mention them, with only their own fields. "
                + "Each comes as stored and as a labelled copy in --lang. Submissions past their retention period "
                + "are included while they are still held.",
                "Example: review person --table MobiliseSme-Submissions --email ana@example.es --out ana.json"})
final class PersonCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    HelpOption help;
    @Mixin
    SourceOptions source;
    @Mixin
    CommonOptions common;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The person's e-mail address.")
    String email;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The JSON file (default: standard output).")
    Path out;

    PersonCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        source.requireOne();
        PersonMatcher person = new PersonMatcher(email);
        Console console = common.console(env);
        Labels labels = common.labels(console);
        List<PersonMatch> found = new ArrayList<>();
        String describe;
        if (source.hasTable()) {
            TableScan scan = new TableScan(env.clients().apply(source.settings(env)), source.table);
            console.say("person.scanning", source.table);
            scan.forEach(item -> PersonMatch.find(item, person).ifPresent(found::add));
            describe = console.texts().format("source.table", source.table);
        } else {
            ItemSource items = source.open(env, ItemFilter.ALL, console);
            items.forEach(item -> PersonMatch.find(item, person).ifPresent(found::add));
            describe = items.describe(console.texts());
        }
        found.sort(Comparator.comparing(PersonMatch::item, ORDER));
        long own = found.stream().filter(PersonMatch::submitter).count();
        console.say("person.found", console.texts().count("submission", own), person.email(),
                console.texts().count("submission", found.size() - own), describe);
        write(person, describe, found, labels);
        return ExitCode.OK;
    }

    static final Comparator<Item> ORDER = Comparator
            .comparing((Item item) -> item.receivedAt().orElse(java.time.Instant.MAX))
            .thenComparing(item -> String.valueOf(item.id()));

    private void write(PersonMatcher person, String describe, List<PersonMatch> found, Labels labels) throws IOException {
        PersonFile file = new PersonFile(labels);
        if (out == null) {
            Writer writer = new OutputStreamWriter(env.out(), StandardCharsets.UTF_8);
            file.write(writer, person.email(), describe, found);
            return;
        }
        Path temp = OutputFiles.temporaryFor(out);
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            file.write(writer, person.email(), describe, found);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(out, e);
        }
        OutputFiles.moveIntoPlace(temp, out);
        env.out().println(out.normalize());
    }
}
