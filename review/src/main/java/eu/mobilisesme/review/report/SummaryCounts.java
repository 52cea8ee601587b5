package eu.mobilisesme.review.report;

import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.sheet.RowRenderer;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;

/**
 * The counts of the summary report, gathered in one pass without keeping any item: by form, company country,
 * language, preliminary outcome and ISO week received (Brussels time). Memory grows with the number of distinct
 * values only (a few hundred at most).
 */
public final class SummaryCounts {

    /** A week key such as {@code 2026-W09}, sortable as text. */
    public record Week(int year, int week) implements Comparable<Week> {
        static Week of(LocalDate day) {
            return new Week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        Week next() {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
            return of(monday.plusWeeks(1));
        }

        @Override
        public int compareTo(Week other) {
            return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d-W%02d", year, week);
        }
    }

    static final String NONE = "";

    private final Map<String, Long> forms = new HashMap<>();
    private final Map<String, Long> countries = new HashMap<>();
    private final Map<String, Long> langs = new HashMap<>();
    private final Map<String, Long> outcomes = new HashMap<>();
    private final Map<Week, Long> weeks = new HashMap<>();
    private long total;

    public void add(Item item) {
        total++;
        forms.merge(orNone(item.form()), 1L, Long::sum);
        countries.merge(orNone(item.string("country")), 1L, Long::sum);
        langs.merge(orNone(item.lang()), 1L, Long::sum);
        outcomes.merge(orNone(item.eligibility()), 1L, Long::sum);
        item.receivedAt().ifPresent(at -> weeks.merge(Week.of(LocalDate.ofInstant(at, RowRenderer.ZONE)), 1L,
                Long::sum));
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    public long total() {
        return total;
    }

    public Map<String, Long> forms() {
        return forms;
    }

    public Map<String, Long> countries() {
        return countries;
    }

    public Map<String, Long> langs() {
        return langs;
    }

    public Map<String, Long> outcomes() {
        return outcomes;
    }

    /** Every week from the first to the last submission, empty weeks included, so the chart shows gaps. */
    public Map<Week, Long> weeks() {
        Map<Week, Long> all = new java.util.TreeMap<>();
        if (weeks.isEmpty()) {
            return all;
        }
        Week last = java.util.Collections.max(weeks.keySet());
        for (Week w = java.util.Collections.min(weeks.keySet()); w.compareTo(last) <= 0; w = w.next()) {
            all.put(w, weeks.getOrDefault(w, 0L));
        }
        return all;
    }
}
