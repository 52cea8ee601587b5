package eu.mobilisesme.review.items;

import eu.mobilisesme.review.sheet.RowRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What staff asked for: forms, a date range (whole days in Brussels time, both ends included), the languages the
 * forms were filled in, and preliminary eligibility outcomes. An empty set lets everything through.
 */
public record ItemFilter(Set<String> forms, LocalDate from, LocalDate to, Set<String> langs, Set<String> outcomes) {

    public static final ItemFilter ALL = new ItemFilter(Set.of(), null, null, Set.of(), Set.of());

    public ItemFilter {
        forms = Set.copyOf(forms);
        langs = Set.copyOf(langs);
        outcomes = Set.copyOf(outcomes);
    }

    /** The first instant of {@code from} in Brussels, if a start was given. */
    public Optional<Instant> start() {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(RowRenderer.ZONE).toInstant());
    }

    /** The first instant after {@code to} in Brussels, if an end was given. */
    public Optional<Instant> endExclusive() {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(RowRenderer.ZONE).toInstant());
    }

    public boolean test(Item item) {
        if (!allows(forms, item.form()) || !allows(langs, item.lang()) || !allows(outcomes, item.eligibility())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        Optional<Instant> received = item.receivedAt();
        if (received.isEmpty()) {
            return false;
        }
        Instant at = received.get();
        return start().map(s -> !at.isBefore(s)).orElse(true) && endExclusive().map(at::isBefore).orElse(true);
    }

    /** An empty set allows anything; otherwise a missing value is never allowed (immutable sets refuse null). */
    private static boolean allows(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    /** The filter as the options that made it, the same in every language: {@code --form sending, --from 2026-01-01}. */
    public List<String> describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!forms.isEmpty()) {
            parts.add("--form " + String.join(",", forms.stream().sorted().toList()));
        }
        if (from != null) {
            parts.add("--from " + from);
        }
        if (to != null) {
            parts.add("--to " + to);
        }
        if (!langs.isEmpty()) {
            parts.add("--submitted-in " + String.join(",", langs.stream().sorted().toList()));
        }
        if (!outcomes.isEmpty()) {
            parts.add("--eligibility " + String.join(",", outcomes.stream().sorted().toList()));
        }
        return parts;
    }
}
