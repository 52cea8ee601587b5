package eu.mobilisesme.forms;

/**
 * What a form is for, declared with its definition: the rules that apply to a form follow from this, never from
 * comparing form ids.
 */
public enum FormKind {
    /** An expression of interest of a company that sends people: assessed, and counted per company (rule 12). */
    SENDING_APPLICATION,
    /** An expression of interest of a company that hosts: assessed. */
    HOSTING_APPLICATION,
    /** A message to the contact point: no assessment. */
    MESSAGE,
    /**
     * The short eligibility check ({@code POST /api/check}): the rules of the side it names answer it, and nothing
     * is stored, so it is never an application itself.
     */
    CHECK;

    /** Whether the programme's eligibility rules assess this form as an application. */
    public boolean assessed() {
        return this == SENDING_APPLICATION || this == HOSTING_APPLICATION;
    }

    /** Whether the form sends participants, whom rule 12 counts per company. */
    public boolean sendsParticipants() {
        return this == SENDING_APPLICATION;
    }
}
