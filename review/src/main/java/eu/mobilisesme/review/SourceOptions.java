package eu.mobilisesme.review;

import eu.mobilisesme.review.export.ExportSource;
import eu.mobilisesme.review.gdpr.ErasedPeopleFilter;
import eu.mobilisesme.review.gdpr.ErasureLedger;
import eu.mobilisesme.review.items.ItemFilter;
import eu.mobilisesme.review.items.ItemSource;
import eu.mobilisesme.review.table.LiveTable;
import eu.mobilisesme.review.table.TableSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import software.amazon.awssdk.profiles.ProfileFile;

/** Where the submissions come from: downloaded exports ({@code --export}) or the live table ({@code --table}). */
public final class SourceOptions {

    static final String LOCAL_REGION = "eu-west-1";

    @Option(names = "--export", paramLabel = "FOLDER",
            description = "A downloaded DynamoDB export (the folder with manifest-summary.json) or a folder above "
                    + "one or more exports; repeat for several. Incremental exports are applied on top of the "
                    + "newest full export.")
    List<Path> exports = new ArrayList<>();

    @Option(names = "--table", paramLabel = "NAME", description = "Read the live table of this name instead.")
    String table;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "For --table on a local engine (dynalite, LocalStack), e.g. http://localhost:8000")
    URI endpoint;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region of --table. Default: AWS_REGION, AWS_DEFAULT_REGION, or the region of "
                    + "your AWS CLI profile (AWS_PROFILE).")
    String region;

    @Option(names = "--ledger", paramLabel = "FILE",
            description = "The erasure ledger: who was erased, as keyed hashes. Default: REVIEW_ERASURE_LEDGER, "
                    + "else .mobilisesme-review/erasure-ledger.txt in your home folder.")
    Path ledger;

    /** Where the erasure ledger lives when neither --ledger nor the variable says. */
    static final Path DEFAULT_LEDGER = Path.of(".mobilisesme-review", "erasure-ledger.txt");
    static final String LEDGER_VARIABLE = "REVIEW_ERASURE_LEDGER";

    boolean hasExports() {
        return !exports.isEmpty();
    }

    boolean hasTable() {
        return table != null;
    }

    /** The source as {@code --new} remembers it: the table's name, or all exports alike. */
    String key() {
        return hasTable() ? "table:" + table : "exports";
    }

    /** Exactly one source, as the reading commands need. */
    void requireOne() {
        if (hasExports() == hasTable()) {
            throw ReviewException.of(ExitCode.USAGE, null, hasTable() ? "error.bothSources" : "error.noSource");
        }
    }

    ItemSource open(Environment env, ItemFilter filter, Console console) {
        if (hasExports()) {
            return new ErasedPeopleFilter(ExportSource.open(exports, console), ErasureLedger.load(ledgerFile(env)),
                    console);
        }
        return new LiveTable(env.clients().apply(settings(env)), table, filter, env.clock());
    }

    /** The erasure ledger's file: --ledger, else REVIEW_ERASURE_LEDGER, else in the home folder. */
    Path ledgerFile(Environment env) {
        if (ledger != null) {
            return ledger;
        }
        String variable = env.variables().get(LEDGER_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home")).resolve(DEFAULT_LEDGER);
    }

    /** The region: --region, else AWS_REGION, AWS_DEFAULT_REGION, else the region of the AWS CLI profile. */
    TableSettings settings(Environment env) {
        String chosen = region != null ? region : env.variables().get("AWS_REGION");
        if (chosen == null || chosen.isBlank()) {
            chosen = env.variables().get("AWS_DEFAULT_REGION");
        }
        if (chosen == null || chosen.isBlank()) {
            chosen = profileRegion(env.variables().getOrDefault("AWS_PROFILE", "default"));
        }
        if (chosen == null || chosen.isBlank()) {
            if (endpoint == null) {
                throw ReviewException.of(ExitCode.USAGE, null, "error.noRegion", table);
            }
            chosen = LOCAL_REGION;
        }
        return new TableSettings(table, chosen, Optional.ofNullable(endpoint));
    }

    /** The region set for a profile in ~/.aws/config, if that file and setting exist. */
    private static String profileRegion(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property("region")).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
