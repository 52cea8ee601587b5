package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.forms.Forms;
import java.util.List;
import java.util.Map;

/**
 * Which fields of each form are about one person, and whose e-mail field names that person. The forms hold several
 * people: the contact person who sent the submission, up to two participants, and a partner's contact. A GDPR
 * request touches only the group whose e-mail is the person's; the submitter's group makes the whole submission
 * theirs. Items of every form version are read: version 2 asks the contact person's name in one field and nothing
 * personal about participants or partners, version 1 asked more; the groups name the fields of both.
 * {@code PersonGroupsTest} checks that every field named here exists in {@link Forms} or its retired fields.
 */
public final class PersonGroups {

    /** One person's fields in a form; {@code submitter} when that person sent the submission. */
    public record Group(String role, String emailField, List<String> fields, boolean submitter) {
    }

    private static final List<String> CONTACT_PERSON = List.of("name", "contactFirstName", "contactLastName",
            "contactJobTitle", "email", "phone", "correspondenceLanguage");

    private static final Map<String, List<Group>> BY_FORM = Map.of(
            Forms.SENDING, List.of(
                    new Group("contactPerson", "email", CONTACT_PERSON, true),
                    participant(1),
                    participant(2),
                    new Group("hostContact", "hostEmail", List.of("hostEmail"), false)),
            Forms.HOSTING, List.of(
                    new Group("contactPerson", "email", CONTACT_PERSON, true)),
            Forms.CONTACT, List.of(
                    new Group("contactPerson", "email",
                            List.of("name", "email", "organisation", "country", "role", "replyLanguage"), true)));

    /** Where an unknown form keeps the sender's address, as every form of this version does. */
    static final String UNKNOWN_FORM_SUBMITTER_FIELD = "email";

    private PersonGroups() {
    }

    /** The person groups of a form; none for a form this version does not know. */
    public static List<Group> of(String form) {
        return form == null ? List.of() : BY_FORM.getOrDefault(form, List.of());
    }

    public static Map<String, List<Group>> all() {
        return BY_FORM;
    }

    private static Group participant(int n) {
        String p = "p" + n;
        return new Group("participant" + n, p + "Email", List.of(p + "FirstName", p + "LastName", p + "Email",
                p + "Role", p + "FullTime", p + "StartDate", p + "ExperienceYears", p + "Languages", p + "Profile"),
                false);
    }
}
