package eu.mobilisesme.submission;

/** Where submissions go. Implementations never swallow a failure. */
@FunctionalInterface
public interface SubmissionStore {

    /**
     * Saves a submission once: a second save with the same id and content changes nothing.
     *
     * @throws StorageUnavailableException when the submission may not have been stored
     */
    SaveResult save(Submission submission);

    /** Loads the path a save takes without storing anything, for SnapStart priming; by default nothing to do. */
    default void prime() {
    }
}
