package eu.mobilisesme.notify;

/**
 * The messages the notify functions send: two per submission, and the staff's daily digest. Each is claimed and
 * sent on its own, once.
 */
public enum Notice {
    /** To the contact point's staff, in their language. */
    STAFF("staffNotice"),
    /** To the submitter's address, in the submission's language; at most one per address a day. */
    CONFIRMATION("confirmation"),
    /** To the contact point's staff, in their language: the previous day's submissions, claimed on a digest item. */
    DIGEST("digest");

    private final String attributePrefix;

    Notice(String attributePrefix) {
        this.attributePrefix = attributePrefix;
    }

    /** The prefix of this notice's claim attributes on the submission (or digest) item, e.g. {@code staffNoticeState}. */
    public String attribute(String suffix) {
        return attributePrefix + suffix;
    }
}
