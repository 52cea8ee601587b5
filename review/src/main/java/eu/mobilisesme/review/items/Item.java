package eu.mobilisesme.review.items;

import eu.mobilisesme.submission.SubmissionAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One stored submission as DynamoDB holds it, with typed access to the attributes the tool sorts and filters on. */
public record Item(Map<String, AttributeValue> attributes) {

    /** Wraps without copying: items are read once and passed on, never changed. */
    public Item {
        attributes = java.util.Collections.unmodifiableMap(attributes);
    }

    public AttributeValue get(String name) {
        return attributes.get(name);
    }

    /** The value of a string attribute, or null when it is missing or of another type. */
    public String string(String name) {
        AttributeValue value = attributes.get(name);
        return value != null && value.type() == AttributeValue.Type.S ? value.s() : null;
    }

    /** The table key as text; items of this table are keyed by a string id. */
    public String id() {
        AttributeValue id = attributes.get(SubmissionAttributes.ID);
        if (id == null) {
            return null;
        }
        return switch (id.type()) {
            case S -> id.s();
            case N -> id.n();
            default -> DynamoJson.toLine(Map.of(SubmissionAttributes.ID, id));
        };
    }

    public String form() {
        return string(SubmissionAttributes.FORM);
    }

    public String lang() {
        return string(SubmissionAttributes.LANG);
    }

    public String eligibility() {
        return string(SubmissionAttributes.ELIGIBILITY);
    }

    public Optional<Instant> receivedAt() {
        return instant(string(SubmissionAttributes.RECEIVED_AT));
    }

    /** The TTL in epoch seconds, if set and numeric. */
    public Optional<Long> expiresAt() {
        AttributeValue value = attributes.get(SubmissionAttributes.EXPIRES_AT);
        if (value == null || value.type() != AttributeValue.Type.N) {
            return Optional.empty();
        }
        try {
            return Optional.of(new java.math.BigDecimal(value.n()).longValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when DynamoDB's TTL has passed: the item is due for deletion even if the deletion has not run yet. */
    public boolean expiredAt(Instant now) {
        return expiresAt().map(seconds -> seconds < now.getEpochSecond()).orElse(false);
    }

    public static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
