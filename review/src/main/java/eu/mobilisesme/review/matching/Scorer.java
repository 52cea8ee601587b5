package eu.mobilisesme.review.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a sending application against a hosting one, out of 100, on what the pilot's contact points matched on
 * (location, language and sector) and what the forms ask: the countries each side wants, the sector, the shared
 * working languages, the dates, the capacity and the preliminary eligibility. Every point comes with its reason.
 * The review status gives no points but is always shown.
 *
 * <p>No pair at all for two companies of the same country (a secondment is cross-border) or of the same case (a
 * company cannot host itself).
 */
public final class Scorer {

    public static final int COUNTRY = 25;
    public static final int FROM = 5;
    public static final int DIVISION = 20;
    public static final int SECTION = 12;
    public static final int LANGUAGES = 15;
    public static final int SOME_LANGUAGES = 7;
    public static final int DATES = 20;
    public static final int CAPACITY = 10;
    public static final int ELIGIBLE = 5;

    /** What a pair scores; the same from either side. */
    public record Pair(int score, boolean named, List<Reason> reasons) {
    }

    private Scorer() {
    }

    public static Optional<Pair> score(Application sending, Application hosting) {
        if (sending.country().equals(hosting.country()) || sending.caseId().equals(hosting.caseId())) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        Optional<String> named = named(sending, hosting);
        named.ifPresent(text -> reasons.add(new Reason("why.named", List.of(text), 0)));
        country(sending, hosting, reasons);
        from(sending, hosting, reasons);
        sector(sending, hosting, reasons);
        languages(sending, hosting, reasons);
        dates(sending, hosting, reasons);
        capacity(sending, hosting, reasons);
        boolean eligible = "eligible".equals(sending.eligibility()) && "eligible".equals(hosting.eligibility());
        reasons.add(new Reason("why.eligibility", List.of(new Reason.Outcome(sending.eligibility()),
                new Reason.Outcome(hosting.eligibility())), eligible ? ELIGIBLE : 0));
        reasons.add(new Reason("why.status", List.of(new Reason.Status(sending.status()),
                new Reason.Status(hosting.status())), 0));
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return Optional.of(new Pair(score, named.isPresent(), reasons));
    }

    private static void country(Application sending, Application hosting, List<Reason> reasons) {
        if (sending.wantedCountries().isEmpty()) {
            // Form version 2 does not ask where to send: no points for what nobody said.
            reasons.add(new Reason("why.country.notAsked", List.of(new Reason.Countries(List.of(hosting.country()))),
                    0));
            return;
        }
        boolean wanted = sending.wantedCountries().contains(hosting.country());
        reasons.add(new Reason(wanted ? "why.country.yes" : "why.country.no", List.of(
                new Reason.Countries(List.of(hosting.country())), countries(sending.wantedCountries())),
                wanted ? COUNTRY : 0));
    }

    private static void from(Application sending, Application hosting, List<Reason> reasons) {
        if (hosting.wantedCountries().isEmpty()) {
            reasons.add(new Reason("why.from.any", List.of(), FROM));
            return;
        }
        boolean preferred = hosting.wantedCountries().contains(sending.country());
        reasons.add(new Reason(preferred ? "why.from.yes" : "why.from.no", List.of(
                new Reason.Countries(List.of(sending.country())), countries(hosting.wantedCountries())),
                preferred ? FROM : 0));
    }

    private static void sector(Application sending, Application hosting, List<Reason> reasons) {
        if (sending.naceSection().isEmpty() || hosting.naceSection().isEmpty()) {
            reasons.add(new Reason("why.sector.notAsked", List.of(), 0));
        } else if (!sending.naceSection().equals(hosting.naceSection())) {
            reasons.add(new Reason("why.sector.no", List.of(sending.naceSection(), hosting.naceSection()), 0));
        } else if (!sending.naceDivision().isEmpty() && sending.naceDivision().equals(hosting.naceDivision())) {
            reasons.add(new Reason("why.sector.division", List.of(sending.naceDivision(), sending.naceSection()),
                    DIVISION));
        } else {
            reasons.add(new Reason("why.sector.section", List.of(sending.naceSection()), SECTION));
        }
    }

    /** Every participant should share a language with the host; some sharing is worth half. */
    private static void languages(Application sending, Application hosting, List<Reason> reasons) {
        Set<String> host = hosting.languages().isEmpty() ? Set.of() : hosting.languages().get(0);
        if (sending.languages().stream().allMatch(Set::isEmpty)) {
            reasons.add(new Reason("why.languages.notAsked", List.of(new Reason.Languages(
                    List.copyOf(new TreeSet<>(host)))), 0));
            return;
        }
        Set<String> shared = new TreeSet<>();
        int served = 0;
        for (Set<String> participant : sending.languages()) {
            boolean any = false;
            for (String language : participant) {
                if (host.contains(language)) {
                    shared.add(language);
                    any = true;
                }
            }
            served += any ? 1 : 0;
        }
        if (shared.isEmpty()) {
            Set<String> participants = new TreeSet<>();
            sending.languages().forEach(participants::addAll);
            reasons.add(new Reason("why.languages.no", List.of(new Reason.Languages(List.copyOf(participants)),
                    new Reason.Languages(List.copyOf(new TreeSet<>(host)))), 0));
        } else {
            reasons.add(new Reason("why.languages.yes", List.of(new Reason.Languages(List.copyOf(shared))),
                    served == sending.languages().size() ? LANGUAGES : SOME_LANGUAGES));
        }
    }

    /** The wanted stay against the host's window, by days: inside is full points, an overlap its share. */
    private static void dates(Application sending, Application hosting, List<Reason> reasons) {
        if (hosting.to() == null) {
            openWindow(sending, hosting, reasons);
            return;
        }
        LocalDate start = sending.from();
        LocalDate end = sending.to();
        List<Object> args = List.of(start.toString(), end.toString(), sending.months(), hosting.from().toString(),
                hosting.to().toString());
        long wanted = ChronoUnit.DAYS.between(start, end);
        LocalDate overlapStart = start.isAfter(hosting.from()) ? start : hosting.from();
        LocalDate overlapEnd = end.isBefore(hosting.to()) ? end : hosting.to();
        long overlap = Math.max(0, ChronoUnit.DAYS.between(overlapStart, overlapEnd));
        if (wanted > 0 && overlap >= wanted) {
            reasons.add(new Reason("why.dates.inside", args, DATES));
        } else if (overlap > 0) {
            List<Object> partial = new ArrayList<>(args);
            partial.add(overlap);
            partial.add(wanted);
            reasons.add(new Reason("why.dates.partial", partial, (int) (DATES * overlap / wanted)));
        } else {
            reasons.add(new Reason("why.dates.no", args, 0));
        }
    }

    /** A host that said only from when it is available (form version 2): the stay fits from that day on. */
    private static void openWindow(Application sending, Application hosting, List<Reason> reasons) {
        LocalDate start = sending.from();
        LocalDate end = sending.to();
        List<Object> args = List.of(start.toString(), end.toString(), sending.months(), hosting.from().toString());
        long wanted = ChronoUnit.DAYS.between(start, end);
        long overlap = Math.max(0, ChronoUnit.DAYS.between(start.isAfter(hosting.from()) ? start : hosting.from(),
                end));
        if (wanted > 0 && overlap >= wanted) {
            reasons.add(new Reason("why.dates.from.inside", args, DATES));
        } else if (overlap > 0) {
            List<Object> partial = new ArrayList<>(args);
            partial.add(overlap);
            partial.add(wanted);
            reasons.add(new Reason("why.dates.from.partial", partial, (int) (DATES * overlap / wanted)));
        } else {
            reasons.add(new Reason("why.dates.from.no", args, 0));
        }
    }

    private static void capacity(Application sending, Application hosting, List<Reason> reasons) {
        if (hosting.people() == 0) {
            reasons.add(new Reason("why.capacity.notAsked", List.of(sending.people()), 0));
            return;
        }
        boolean fits = hosting.people() >= sending.people();
        reasons.add(new Reason(fits ? "why.capacity.yes" : "why.capacity.no",
                List.of(hosting.people(), sending.people()), fits ? CAPACITY : 0));
    }

    /**
     * Whether either form names the other company: by its legal or trading name (ignoring case, accents,
     * punctuation and spacing), its VAT number, its reference, or (a sending form's host e-mail) its e-mail.
     * The answer is the text as the form gave it.
     */
    static Optional<String> named(Application sending, Application hosting) {
        for (String text : sending.partnerNamed()) {
            if (names(text, hosting)) {
                return Optional.of(text.strip());
            }
        }
        for (String text : hosting.partnerNamed()) {
            if (names(text, sending)) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }

    private static boolean names(String text, Application company) {
        String said = normal(text);
        if (said.isEmpty()) {
            return false;
        }
        if (said.equals(normal(company.company())) || said.equals(normal(company.tradingName()))) {
            return true;
        }
        String compact = said.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!company.vat().isEmpty() && (compact.contains(company.vat())
                || (company.vat().length() > 4 && compact.contains(company.vat().substring(2))))) {
            return true;
        }
        if (compact.contains(company.reference().replace("-", ""))) {
            return true;
        }
        return !company.email().isEmpty() && text.strip().equalsIgnoreCase(company.email());
    }

    /** Lower case, accents off, dots and apostrophes dropped ("S.A." is "sa"), anything else but letters and digits
     * as one space. */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[.'’]", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Reason.Countries countries(Set<String> codes) {
        return new Reason.Countries(List.copyOf(new TreeSet<>(codes)));
    }
}
