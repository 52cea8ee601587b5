package eu.mobilisesme.submission;

/** What a save did. A storage failure is never a result: it is a {@link StorageUnavailableException}. */
public enum SaveResult {
    /** Written now. */
    STORED,
    /** The same submission was written before (a retry or double click); nothing changed. */
    ALREADY_STORED,
    /** The id was written before with other content; the new content was refused. */
    CONFLICT
}
