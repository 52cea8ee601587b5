package eu.mobilisesme.review;

/** A problem staff can act on: the message is shown as is, and the code becomes the exit code. */
public final class ReviewException extends RuntimeException {

    private final int exitCode;
    private final String key;
    private final Object[] arguments;

    public ReviewException(int exitCode, String message) {
        this(exitCode, message, (Throwable) null);
    }

    public ReviewException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.key = null;
        this.arguments = new Object[0];
    }

    private ReviewException(int exitCode, Throwable cause, String key, Object... arguments) {
        super(Texts.of("en").format(key, arguments), cause);
        this.exitCode = exitCode;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A problem whose message is a text of the tool's bundle, shown in the language of {@code --lang}. */
    public static ReviewException of(int exitCode, Throwable cause, String key, Object... arguments) {
        return new ReviewException(exitCode, cause, key, arguments);
    }

    /** The message in the given language, where the bundle has it. */
    public String message(Texts texts) {
        return key == null ? getMessage() : texts.format(key, arguments);
    }

    public int exitCode() {
        return exitCode;
    }

    /** An incomplete or damaged export (exit 3), with a message of the bundle. */
    public static ReviewException badExportOf(String key, Object... arguments) {
        return new ReviewException(ExitCode.BAD_EXPORT, null, key, arguments);
    }

    public static ReviewException badExport(String message) {
        return new ReviewException(ExitCode.BAD_EXPORT, message);
    }
}
