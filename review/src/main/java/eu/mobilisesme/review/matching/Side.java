package eu.mobilisesme.review.matching;

/** Which form an application came from. */
public enum Side {
    SENDING, HOSTING;

    public Side other() {
        return this == SENDING ? HOSTING : SENDING;
    }
}
