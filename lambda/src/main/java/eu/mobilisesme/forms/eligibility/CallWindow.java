package eu.mobilisesme.forms.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The dates of an open call, when there is one. Written as an ISO interval: {@code 2027-01-01/2027-06-30}. */
public record CallWindow(LocalDate opens, LocalDate closes) {

    public CallWindow {
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException("the call closes before it opens");
        }
    }

    public static CallWindow parse(String interval) {
        String[] parts = interval.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected <start>/<end>, e.g. 2027-01-01/2027-06-30");
        }
        try {
            return new CallWindow(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected ISO dates, e.g. 2027-01-01/2027-06-30");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(opens) && !date.isAfter(closes);
    }
}
