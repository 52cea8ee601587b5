package eu.mobilisesme.forms;

import java.time.LocalDate;
import java.time.Period;

/** A date limit relative to the day of submission, such as "today plus 30 days". */
public record DateBound(Period offset) {

    public static DateBound today() {
        return new DateBound(Period.ZERO);
    }

    public static DateBound daysFromToday(int days) {
        return new DateBound(Period.ofDays(days));
    }

    public static DateBound monthsFromToday(int months) {
        return new DateBound(Period.ofMonths(months));
    }

    public static DateBound yearsAgo(int years) {
        return new DateBound(Period.ofYears(-years));
    }

    public LocalDate from(LocalDate today) {
        return today.plus(offset);
    }
}
