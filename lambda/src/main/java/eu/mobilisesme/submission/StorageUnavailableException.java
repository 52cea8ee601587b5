package eu.mobilisesme.submission;

/** The store could not be reached or refused the write for a reason of its own; the client may retry. */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
