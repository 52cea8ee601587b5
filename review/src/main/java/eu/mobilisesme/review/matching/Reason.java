package eu.mobilisesme.review.matching;

import java.util.List;

/**
 * One reason of a score, for a person to check: a text key of the work bundle ({@code why.*}), its arguments
 * (codes stay codes until they are shown in a language: see {@link Arg}), and the points it gave.
 */
public record Reason(String key, List<Object> args, int points) {

    public Reason {
        args = List.copyOf(args);
    }

    /** Arguments that are shown as words in the reader's language. */
    public sealed interface Arg permits Countries, Languages, Outcome, Status {
    }

    /** Country codes, shown as names joined with ", ". */
    public record Countries(List<String> codes) implements Arg {
    }

    /** Language codes, shown as names joined with ", ". */
    public record Languages(List<String> codes) implements Arg {
    }

    /** A preliminary eligibility outcome code. */
    public record Outcome(String code) implements Arg {
    }

    /** A review status code. */
    public record Status(String code) implements Arg {
    }
}
