package eu.mobilisesme.site.preview;

/** A reason the preview cannot run that the person starting it can fix; printed without a stack trace. */
final class PreviewException extends RuntimeException {

    PreviewException(String message) {
        super(message);
    }
}
