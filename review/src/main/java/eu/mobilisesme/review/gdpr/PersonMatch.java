package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How one submission concerns one person: which attributes hold their address, which person groups are theirs,
 * and so what an erasure removes. A submission they sent is theirs as a whole; in anyone else's submission only
 * their own fields go (a participant's name, e-mail, role...), and everything else stays.
 *
 * @param item      the submission
 * @param submitter true when the person sent it (their address is the sender's)
 * @param groups    the person groups whose e-mail is theirs
 * @param matched   the attributes whose value is their address, in the item's order
 * @param theirs    the attributes about them: every attribute when {@code submitter}, else their groups' fields
 *                  present in the item and any other attribute holding their address
 */
public record PersonMatch(Item item, boolean submitter, List<PersonGroups.Group> groups, List<String> matched,
                          List<String> theirs) {

    /** How the submission concerns the person recognised by {@code isPerson}, if at all. */
    public static Optional<PersonMatch> find(Item item, Predicate<String> isPerson) {
        List<String> matched = new ArrayList<>();
        item.attributes().forEach((name, value) -> {
            if (holds(value, isPerson)) {
                matched.add(name);
            }
        });
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        List<PersonGroups.Group> known = PersonGroups.of(item.form());
        List<PersonGroups.Group> groups = known.stream().filter(g -> matched.contains(g.emailField())).toList();
        boolean submitter = groups.stream().anyMatch(PersonGroups.Group::submitter)
                || (known.isEmpty() && matched.contains(PersonGroups.UNKNOWN_FORM_SUBMITTER_FIELD));
        Set<String> theirs = new LinkedHashSet<>();
        if (submitter) {
            theirs.addAll(item.attributes().keySet());
        } else {
            for (PersonGroups.Group group : groups) {
                group.fields().stream().filter(item.attributes()::containsKey).forEach(theirs::add);
            }
            theirs.addAll(matched);
            theirs.remove(SubmissionAttributes.ID);
        }
        return Optional.of(new PersonMatch(item, submitter, groups, List.copyOf(matched), List.copyOf(theirs)));
    }

    /** The submission with the person's fields removed, as an erasure leaves it (not for a whole submission). */
    public Item withoutTheirFields() {
        Map<String, AttributeValue> kept = new LinkedHashMap<>(item.attributes());
        theirs.forEach(kept::remove);
        return new Item(kept);
    }

    /**
     * What an access request may show of this submission: all of it when they sent it, except the other people
     * in it (participants, a partner's contact) and the internal content fingerprint; else only their own fields.
     */
    public Map<String, AttributeValue> theirData() {
        Map<String, AttributeValue> data = new LinkedHashMap<>();
        if (submitter) {
            Set<String> others = new LinkedHashSet<>();
            PersonGroups.of(item.form()).stream().filter(g -> !groups.contains(g))
                    .forEach(g -> others.addAll(g.fields()));
            item.attributes().forEach((name, value) -> {
                if (!others.contains(name) || matched.contains(name)) {
                    data.put(name, value);
                }
            });
            data.remove(SubmissionAttributes.PAYLOAD_HASH);
        } else {
            theirs.forEach(name -> data.put(name, item.get(name)));
        }
        return data;
    }

    /** Whose submission it is, for staff: the company's legal name, or the sender's name on the contact form. */
    public String owner() {
        for (String field : List.of("legalName", "name")) {
            String value = item.string(field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        String first = item.string("contactFirstName");
        String last = item.string("contactLastName");
        if (first != null || last != null) {
            return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        }
        return "?";
    }

    private static boolean holds(AttributeValue value, Predicate<String> isPerson) {
        return switch (value.type()) {
            case S -> isPerson.test(value.s());
            case SS -> value.ss().stream().anyMatch(isPerson);
            case L -> value.l().stream().anyMatch(v -> holds(v, isPerson));
            case M -> value.m().values().stream().anyMatch(v -> holds(v, isPerson));
            default -> false;
        };
    }
}
