package eu.mobilisesme.check;

import eu.mobilisesme.forms.FormKind;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.ValidationResult;
import eu.mobilisesme.forms.eligibility.CallWindow;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.EligibilityRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The short eligibility check, free of HTTP: valid answers of {@link Forms#check()} go through the very rules that
 * assess an application ({@link EligibilityRules}), as the side they name. Nothing is stored or remembered.
 */
public final class EligibilityCheck {

    public static final String SIDE = "side";
    public static final String SEND = "send";
    public static final String HOST = "host";
    /** The one question both sides answer, each for its own person. */
    public static final String EXPERIENCE = "experienceYears";
    /** What {@link #EXPERIENCE} is called in the sending form (one participant) and in the hosting form. */
    public static final String SENDING_EXPERIENCE = "p1ExperienceYears";
    public static final String HOSTING_EXPERIENCE = "activityYears";

    /**
     * @param form the application form the answers lead to
     * @param answers the answers under the names that form gives them, in the check's order: what it prefills
     * @param eligibility the rules' verdict as an applicant is told it
     */
    public record Answer(String form, Map<String, List<String>> answers, EligibilityResult eligibility) {

        public Answer {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    private EligibilityCheck() {
    }

    /** Answers a check whose answers passed {@link eu.mobilisesme.forms.FormValidator} against the check. */
    public static Answer answer(ValidationResult valid, LocalDate today, Optional<CallWindow> call) {
        if (!valid.valid() || valid.form().kind() != FormKind.CHECK) {
            throw new IllegalArgumentException("not valid answers of the check");
        }
        boolean sends = SEND.equals(valid.value(SIDE));
        Map<String, List<String>> asForm = new LinkedHashMap<>();
        valid.values().forEach((name, values) -> {
            if (name.equals(EXPERIENCE)) {
                asForm.put(sends ? SENDING_EXPERIENCE : HOSTING_EXPERIENCE, values);
            } else if (!name.equals(SIDE)) {
                asForm.put(name, values);
            }
        });
        FormKind kind = sends ? FormKind.SENDING_APPLICATION : FormKind.HOSTING_APPLICATION;
        EligibilityResult result = EligibilityRules.assess(kind, asForm, today, call).forApplicant();
        return new Answer(sends ? Forms.SENDING : Forms.HOSTING, asForm, result);
    }
}
