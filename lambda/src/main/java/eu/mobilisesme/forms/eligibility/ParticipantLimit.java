package eu.mobilisesme.forms.eligibility;

import eu.mobilisesme.forms.Forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 12: at most two participants per company, counted over all its sending applications. The company is known
 * by its VAT number with the country's VAT prefix, so {@code B12345678} and {@code ESB12345678} from Spain are one.
 * The earlier applications are counted by the store; this class only keys and judges.
 */
public final class ParticipantLimit {

    public static final int MAX_PER_COMPANY = 2;

    private ParticipantLimit() {
    }

    /**
     * The company of an application that sends participants, the one definition of the key the {@code byCompany}
     * index holds; other forms send nobody and have none.
     */
    public static Optional<String> companyKey(String form, Map<String, List<String>> values) {
        List<String> country = values.get("country");
        List<String> vat = values.get("vatNumber");
        boolean sends = Forms.byId(form).map(definition -> definition.kind().sendsParticipants()).orElse(false);
        if (!sends || country == null || country.size() != 1 || vat == null
                || vat.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(VatNumbers.withPrefix(country.get(0), vat.get(0)));
    }

    /** How many people a valid sending application sends. */
    public static int participants(Map<String, List<String>> values) {
        List<String> count = values.get("participantCount");
        if (count == null || count.size() != 1) {
            throw new IllegalArgumentException("a valid sending application has one participant count");
        }
        return Integer.parseInt(count.get(0));
    }

    /**
     * The assessment with {@link Reason#PARTICIPANT_LIMIT} added when the company's participants in earlier
     * applications and in this one are more than the limit.
     */
    public static EligibilityResult apply(EligibilityResult result, int earlier, int now) {
        if (earlier + now <= MAX_PER_COMPANY || result.reasons().contains(Reason.PARTICIPANT_LIMIT)) {
            return result;
        }
        List<Reason> reasons = new ArrayList<>(result.reasons());
        reasons.add(Reason.PARTICIPANT_LIMIT);
        reasons.sort(null);
        return EligibilityResult.of(reasons);
    }
}
