package eu.mobilisesme.review;

/** A problem staff can act on: the message is shown as is, and the code becomes the exit code. */
public final class ReviewException extends RuntimeException {

    private final int exitCode;

    public ReviewException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ReviewException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static ReviewException badExport(String message) {
        return new ReviewException(ExitCode.BAD_EXPORT, message);
    }
}
