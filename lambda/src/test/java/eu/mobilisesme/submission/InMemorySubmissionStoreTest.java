package eu.mobilisesme.submission;

import eu.mobilisesme.testing.InMemorySubmissionStore;

/** The store contract on the in-memory store that the endpoint and hostile tests use. */
class InMemorySubmissionStoreTest extends SubmissionStoreContract {

    @Override
    protected SubmissionStore newStore() {
        return new InMemorySubmissionStore();
    }
}
