package eu.mobilisesme.forms.eligibility;

/**
 * Why an application is not plainly eligible, one code per rule outcome. Each has an {@code eligibility.<CODE>}
 * message in every language. The numbers refer to the programme brief's eligibility rules.
 */
public enum Reason {
    /** Rule 1: the United Kingdom is not a participating country. */
    COUNTRY_NOT_ELIGIBLE(Outcome.INELIGIBLE),
    /** Rule 1: Liechtenstein, Bosnia and Herzegovina and Kosovo took part in the first pilot only. */
    COUNTRY_TO_CONFIRM(Outcome.NEEDS_REVIEW),
    /** Rule 3: more staff or money than an SME may have. */
    NOT_AN_SME(Outcome.INELIGIBLE),
    /** Rule 3: linked or partner enterprises change the SME count. */
    LINKED_ENTERPRISES(Outcome.NEEDS_REVIEW),
    /** Rule 4: large companies may host but not send. */
    LARGE_COMPANY_CANNOT_SEND(Outcome.INELIGIBLE),
    /** Rule 5: the VAT number does not look like one of its country. */
    VAT_FORMAT_TO_CHECK(Outcome.NEEDS_REVIEW),
    /** Rule 6: a legal form outside the programme's list. */
    LEGAL_FORM_TO_CHECK(Outcome.NEEDS_REVIEW),
    /** Rule 7: longer than six months. */
    DURATION_TOO_LONG(Outcome.INELIGIBLE),
    /** Rule 7: split stays were possible only by arrangement. */
    SPLIT_PERIODS(Outcome.NEEDS_REVIEW),
    /** Rule 8: employees and managers take part full-time. */
    NOT_FULL_TIME(Outcome.NEEDS_REVIEW),
    /** Rule 9: less than a year with the sending company. */
    SHORT_TENURE(Outcome.NEEDS_REVIEW),
    /** Rule 10: three years or less of professional experience. */
    LIMITED_EXPERIENCE(Outcome.NEEDS_REVIEW),
    /** Rule 10: the company is three years old or younger. */
    YOUNG_COMPANY(Outcome.NEEDS_REVIEW),
    /** Rule 11: the host's responsible person is not active in the daily business. */
    HOST_NOT_ACTIVE(Outcome.INELIGIBLE),
    /** Rule 11: three years or less of professional activity. */
    HOST_SHORT_ACTIVITY(Outcome.NEEDS_REVIEW),
    /** Rule 11: hosts are owners or co-owners; a manager is a case to check. */
    HOST_ROLE_TO_CHECK(Outcome.NEEDS_REVIEW),
    /**
     * Rule 12: with its earlier applications, the company sends more than two people. For staff only: it depends on
     * what others sent under the same VAT number, which anyone can type, so the applicant is never told.
     */
    PARTICIPANT_LIMIT(Outcome.NEEDS_REVIEW, false),
    /** Rule 14: no call is open, so any start date is a wish. */
    NO_OPEN_CALL(Outcome.NEEDS_REVIEW),
    /** Rule 14: the start lies outside the open call's window. */
    OUTSIDE_CALL_WINDOW(Outcome.NEEDS_REVIEW);

    private final Outcome outcome;
    private final boolean toldToApplicant;

    Reason(Outcome outcome) {
        this(outcome, true);
    }

    Reason(Outcome outcome, boolean toldToApplicant) {
        this.outcome = outcome;
        this.toldToApplicant = toldToApplicant;
    }

    /** Whether the applicant's answer may carry this reason; reasons about other submissions are for staff. */
    public boolean toldToApplicant() {
        return toldToApplicant;
    }

    public Outcome outcome() {
        return outcome;
    }
}
