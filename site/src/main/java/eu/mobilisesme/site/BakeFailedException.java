package eu.mobilisesme.site;

/** The bake did not produce a complete site: rendering errors, skipped content or a bad setting. */
public final class BakeFailedException extends RuntimeException {

    public BakeFailedException(String message) {
        super(message);
    }

    public BakeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
