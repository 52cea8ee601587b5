package eu.mobilisesme.review.work;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where staff stand with a submission. Stored in the live table as {@code reviewStatus} by {@code review status};
 * a submission without one is {@link #NEW}. The form functions never read it.
 */
public enum ReviewStatus {
    NEW("new"), SCREENED("screened"), ON_HOLD("on-hold"), ACCEPTED("accepted"), REFUSED("refused");

    /** The attribute holding the current status code. */
    public static final String ATTRIBUTE = "reviewStatus";
    /** The attribute holding every change: a list of maps {time, by, status, note}. */
    public static final String HISTORY = "reviewStatusHistory";
    /** Every attribute {@code review status} writes; the staff role may change these and no others. */
    public static final List<String> ATTRIBUTES = List.of(ATTRIBUTE, HISTORY);

    private final String code;

    ReviewStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The statuses staff can set: every one but "new", which only means "none recorded yet". */
    public static List<ReviewStatus> settable() {
        return Arrays.stream(values()).filter(s -> s != NEW).toList();
    }

    public static Optional<ReviewStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
