package eu.mobilisesme.notify;

/** The two messages a submission causes; each is claimed and sent on its own, once. */
public enum Notice {
    /** To the contact point's staff, in their language. */
    STAFF("staffNotice"),
    /** To the submitter's address, in the submission's language; at most one per address a day. */
    CONFIRMATION("confirmation");

    private final String attributePrefix;

    Notice(String attributePrefix) {
        this.attributePrefix = attributePrefix;
    }

    /** The prefix of this notice's claim attributes on the submission item, e.g. {@code staffNoticeState}. */
    public String attribute(String suffix) {
        return attributePrefix + suffix;
    }
}
