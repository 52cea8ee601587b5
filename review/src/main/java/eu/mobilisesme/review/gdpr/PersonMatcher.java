package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.export.ExportLine;
import eu.mobilisesme.review.items.Item;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Recognises one person's submissions: any text value equal to their e-mail address, ignoring case and surrounding
 * spaces. That covers every e-mail field of every form (the contact person, each participant, the host) and any
 * attribute a later version may add, which matters more for a GDPR request than a narrow match.
 */
public final class PersonMatcher implements java.util.function.Predicate<String> {

    private final String email;

    public PersonMatcher(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty() || trimmed.indexOf('@') < 1 || trimmed.indexOf('@') == trimmed.length() - 1) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.notAnEmail", String.valueOf(email));
        }
        this.email = trimmed;
    }

    public String email() {
        return email;
    }

    public boolean matches(Item item) {
        return matches(item.attributes());
    }

    /** Either image of an export line, so that deleted and changed items count too. */
    public boolean matches(ExportLine line) {
        return (line.item() != null && matches(line.item())) || (line.oldImage() != null && matches(line.oldImage()));
    }

    private boolean matches(Map<String, AttributeValue> attributes) {
        for (AttributeValue value : attributes.values()) {
            if (matches(value)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(AttributeValue value) {
        return switch (value.type()) {
            case S -> equal(value.s());
            case SS -> value.ss().stream().anyMatch(this::equal);
            case L -> value.l().stream().anyMatch(this::matches);
            case M -> matches(value.m());
            default -> false;
        };
    }

    /** True when {@code text} is the person's address, ignoring case and surrounding spaces. */
    @Override
    public boolean test(String text) {
        return equal(text);
    }

    private boolean equal(String text) {
        return text != null && text.strip().equalsIgnoreCase(email);
    }

    /** The form an address is compared and hashed in: without surrounding spaces, in lower case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
