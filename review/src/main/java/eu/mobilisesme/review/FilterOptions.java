package eu.mobilisesme.review;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.review.items.ItemFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The filters of the reading commands. */
public final class FilterOptions {

    @Option(names = "--form", split = ",", paramLabel = "FORM",
            description = "Only these forms: sending, hosting, contact (comma-separated or repeated).")
    List<String> forms = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only submissions received on or after this day (yyyy-MM-dd, Brussels time).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only submissions received on or before this day (yyyy-MM-dd, Brussels time).")
    LocalDate to;

    @Option(names = "--submitted-in", split = ",", paramLabel = "LANG",
            description = "Only forms filled in these languages: en, es, fr, nl, de.")
    List<String> langs = new ArrayList<>();

    @Option(names = "--eligibility", split = ",", paramLabel = "OUTCOME",
            description = "Only these preliminary outcomes: eligible, needs-review, ineligible.")
    List<String> outcomes = new ArrayList<>();

    ItemFilter filter() {
        List<String> formIds = Forms.all().stream().map(f -> f.id()).toList();
        check("--form", forms, formIds);
        check("--submitted-in", langs, Languages.SUPPORTED);
        check("--eligibility", outcomes, Arrays.stream(Outcome.values()).map(Outcome::code).toList());
        if (from != null && to != null && to.isBefore(from)) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.toBeforeFrom", to.toString(), from.toString());
        }
        return new ItemFilter(Set.copyOf(forms), from, to, Set.copyOf(langs), Set.copyOf(outcomes));
    }

    private static void check(String option, List<String> given, List<String> allowed) {
        for (String value : given) {
            if (!allowed.contains(value)) {
                throw ReviewException.of(ExitCode.USAGE, null, "error.unknownValue", option, value,
                        String.join(", ", allowed));
            }
        }
    }
}
