package eu.mobilisesme.forms;

/**
 * Every problem the backend can report, as a stable code. Codes are never renamed: the page's script and staff
 * tools key on them. Each has an {@code error.<CODE>} message in every language.
 */
public enum ErrorCode {
    // Field problems (422)
    REQUIRED, TOO_SHORT, TOO_LONG, INVALID_CHARACTERS, TYPE_INVALID, MULTIPLE_VALUES,
    EMAIL_INVALID, EMAIL_DUPLICATE, PHONE_INVALID, URL_INVALID, VAT_INVALID, NACE_CODE_INVALID,
    NUMBER_INVALID, NUMBER_TOO_SMALL, NUMBER_TOO_LARGE,
    DATE_INVALID, DATE_TOO_EARLY, DATE_TOO_LATE, WINDOW_TOO_SHORT,
    OPTION_INVALID, TOO_FEW_OPTIONS, TOO_MANY_OPTIONS, DUPLICATE_OPTION, SAME_COUNTRY, TOO_MANY_COMBINING_MARKS,
    // Form-level problems (422)
    FORM_UNKNOWN, UNKNOWN_FIELD, SUBMISSION_ID_INVALID, IDEMPOTENCY_KEY_REUSED,
    // Request problems answered with other statuses
    MALFORMED_BODY, BODY_TOO_LARGE, TOO_MANY_FIELDS, UNSUPPORTED_MEDIA_TYPE, METHOD_NOT_ALLOWED,
    ORIGIN_NOT_ALLOWED, STORAGE_UNAVAILABLE,
    /** Something went wrong that no rule foresaw; logged with an incident number, answered without detail. */
    REQUEST_NOT_PROCESSED
}
