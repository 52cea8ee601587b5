package eu.mobilisesme.submission;

import static eu.mobilisesme.submission.SubmissionAttributes.*;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a submission into a DynamoDB item, and reads back the assessment an item records. One attribute per field,
 * typed by the field (numbers as N, multiple choices as SS, ticked boxes as BOOL, the rest as S), next to the
 * attributes of {@link SubmissionAttributes}.
 */
public final class SubmissionItemMapper {

    private SubmissionItemMapper() {
    }

    public static Map<String, AttributeValue> toItem(Submission s) {
        // The definition of the version the submission was made with (the staff tool's fixtures write version 1).
        FormDefinition form = Forms.version(s.form(), s.formVersion()).orElseThrow();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(ID, str(s.id()));
        item.put(REFERENCE, str(s.reference()));
        item.put(FORM, str(s.form()));
        item.put(FORM_VERSION, num(Integer.toString(s.formVersion())));
        item.put(LANG, str(s.lang()));
        item.put(RECEIVED_AT, str(SubmissionAttributes.timestamp(s.receivedAt())));
        item.put(CHANNEL, str(s.channel().code()));
        item.put(PRIVACY_NOTICE_VERSION, str(s.privacyNoticeVersion()));
        item.put(PAYLOAD_HASH, str(s.payloadHash()));
        item.put(EXPIRES_AT, num(Long.toString(s.expiresAt().getEpochSecond())));
        s.eligibility().ifPresent(e -> eligibility(e, item));
        s.companyKey().ifPresent(key -> item.put(COMPANY_KEY, str(key)));
        for (Field field : form.fields()) {
            List<String> values = s.values().get(field.name());
            if (values != null && !values.isEmpty()) {
                item.put(field.name(), value(field, values));
            }
        }
        return item;
    }

    private static void eligibility(EligibilityResult result, Map<String, AttributeValue> item) {
        item.put(ELIGIBILITY, str(result.outcome().code()));
        if (!result.reasons().isEmpty()) {
            item.put(ELIGIBILITY_REASONS, AttributeValue.fromSs(result.reasons().stream().map(Reason::name).toList()));
        }
    }

    /**
     * The assessment an item records, reasons in rule order. Reasons this version does not know are left out, and
     * an outcome it does not know reads as needs-review.
     */
    static Optional<EligibilityResult> eligibility(Map<String, AttributeValue> item) {
        AttributeValue outcome = item.get(ELIGIBILITY);
        if (outcome == null) {
            return Optional.empty();
        }
        AttributeValue reasons = item.get(ELIGIBILITY_REASONS);
        List<String> names = reasons == null || !reasons.hasSs() ? List.of() : reasons.ss();
        return Optional.of(new EligibilityResult(Outcome.fromStored(outcome.s()),
                Arrays.stream(Reason.values()).filter(reason -> names.contains(reason.name())).toList()));
    }

    private static AttributeValue value(Field field, List<String> values) {
        return switch (field.type()) {
            case INTEGER -> num(values.get(0));
            case CHECKBOXES -> AttributeValue.fromSs(values);
            case CONSENT -> AttributeValue.fromBool(true);
            default -> str(values.get(0));
        };
    }

    private static AttributeValue str(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue num(String value) {
        return AttributeValue.fromN(value);
    }
}
