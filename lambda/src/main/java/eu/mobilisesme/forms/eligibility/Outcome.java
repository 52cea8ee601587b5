package eu.mobilisesme.forms.eligibility;

/** A preliminary eligibility indication; the contact point always makes the final decision. */
public enum Outcome {
    ELIGIBLE("eligible"), NEEDS_REVIEW("needs-review"), INELIGIBLE("ineligible");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    /** The stored and transmitted form, e.g. {@code needs-review}. */
    public String code() {
        return code;
    }

    public static Outcome fromCode(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("Unknown outcome " + code);
    }

    /**
     * An outcome read back from storage. One this version does not know (written by a later version, or damaged)
     * is read as "needs review": a person decides, and the retry that reads it still gets a sane answer.
     */
    public static Outcome fromStored(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        return NEEDS_REVIEW;
    }

    Outcome worse(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
