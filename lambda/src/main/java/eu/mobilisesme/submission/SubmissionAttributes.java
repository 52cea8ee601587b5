package eu.mobilisesme.submission;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Attribute names of a stored submission besides the field values; the staff tool reads the same names. */
public final class SubmissionAttributes {

    public static final String ID = "id";
    public static final String REFERENCE = "reference";
    public static final String FORM = "form";
    public static final String FORM_VERSION = "formVersion";
    public static final String LANG = "lang";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String CHANNEL = "channel";
    public static final String ELIGIBILITY = "eligibility";
    public static final String ELIGIBILITY_REASONS = "eligibilityReasons";
    public static final String PRIVACY_NOTICE_VERSION = "privacyNoticeVersion";
    public static final String PAYLOAD_HASH = "payloadHash";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String LAST_RETRY_AT = "lastRetryAt";
    /** A sending application's company: its VAT number with the country prefix (eligibility rule 12). */
    public static final String COMPANY_KEY = "companyKey";

    /** The index that lists one form's submissions by date. */
    public static final String FORM_DATE_INDEX = "byFormAndDate";
    /** The index that finds a company's sending applications; it holds their participant counts and nothing else. */
    public static final String COMPANY_INDEX = "byCompany";
    /** The one field the company index carries besides the keys. */
    public static final String PARTICIPANT_COUNT = "participantCount";

    public static final List<String> ALL = List.of(ID, REFERENCE, FORM, FORM_VERSION, LANG, RECEIVED_AT, CHANNEL,
            ELIGIBILITY, ELIGIBILITY_REASONS, PRIVACY_NOTICE_VERSION, PAYLOAD_HASH, EXPIRES_AT, LAST_RETRY_AT,
            COMPANY_KEY);

    /** Attributes for the backend's own use, left out of what staff see. */
    public static final List<String> INTERNAL = List.of(PAYLOAD_HASH, LAST_RETRY_AT, COMPANY_KEY);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SubmissionAttributes() {
    }

    /**
     * A stored time: ISO-8601 UTC with exactly three fraction digits, so that string order is time order in the
     * {@code byFormAndDate} index ({@code Instant.toString()} drops zero fractions: ":00Z" would sort after ":00.5Z").
     */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
