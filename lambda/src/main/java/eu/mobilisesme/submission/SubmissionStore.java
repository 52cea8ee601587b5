package eu.mobilisesme.submission;

/** Where submissions go. Implementations never swallow a failure. */
public interface SubmissionStore {

    /**
     * Saves a submission once: a second save with the same id and content changes nothing.
     *
     * @throws StorageUnavailableException when the submission may not have been stored
     */
    SaveResult save(Submission submission);

    /**
     * How many people the company's other sending applications send (eligibility rule 12), counted up to
     * {@code enough}: the caller only needs to know whether the limit is passed. The submission with the given id
     * is not counted, so a retry never counts itself.
     *
     * @throws StorageUnavailableException when the applications could not be counted
     */
    int participantsSent(String companyKey, String excludingId, int enough);

    /** Loads the paths a save takes without storing anything, for SnapStart priming; by default nothing to do. */
    default void prime() {
    }
}
