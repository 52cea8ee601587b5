package eu.mobilisesme.review.cases;

import eu.mobilisesme.review.items.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Repeat submitters: submissions that share a sender's e-mail address or a company's VAT number (directly or
 * through another submission) form one case. A case is named by the reference of its first submission (time
 * received, then id), so the same data always gives the same case ids.
 */
public final class Cases {

    /** One case as a person reads it: its id, its size, and its submissions' references in time order. */
    public record Case(String id, List<String> references) {
        public int size() {
            return references.size();
        }
    }

    private record Member(String id, String reference, Instant receivedAt) {
    }

    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> ownerOfKey = new HashMap<>();
    private Map<String, Case> byItem;

    /** Adds one submission; call for every submission before asking. */
    public void add(Item item) {
        String id = item.id();
        if (id == null) {
            return;
        }
        String reference = item.string(eu.mobilisesme.submission.SubmissionAttributes.REFERENCE);
        members.put(id, new Member(id, reference == null ? id : reference, item.receivedAt().orElse(Instant.MAX)));
        parent.putIfAbsent(id, id);
        for (String key : CaseKeys.of(item)) {
            String owner = ownerOfKey.putIfAbsent(key, id);
            if (owner != null) {
                union(owner, id);
            }
        }
        byItem = null;
    }

    private String root(String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            String up = parent.get(at);
            parent.put(at, parent.get(up));
            at = up;
        }
        return at;
    }

    private void union(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    /** The case of a submission id; a submission nobody else shares a sender with is a case of 1. */
    public Optional<Case> of(String id) {
        if (byItem == null) {
            build();
        }
        return Optional.ofNullable(byItem.get(id));
    }

    /** Every case of more than one submission, by case id. */
    public List<Case> repeated() {
        if (byItem == null) {
            build();
        }
        Map<String, Case> distinct = new TreeMap<>();
        byItem.values().stream().filter(c -> c.size() > 1).forEach(c -> distinct.put(c.id(), c));
        return List.copyOf(distinct.values());
    }

    private void build() {
        Map<String, List<Member>> groups = new HashMap<>();
        members.values().forEach(m -> groups.computeIfAbsent(root(m.id()), r -> new ArrayList<>()).add(m));
        byItem = new HashMap<>();
        Comparator<Member> order = Comparator.comparing(Member::receivedAt).thenComparing(Member::id);
        for (List<Member> group : groups.values()) {
            group.sort(order);
            Case c = new Case(group.get(0).reference(), group.stream().map(Member::reference).toList());
            group.forEach(m -> byItem.put(m.id(), c));
        }
    }
}
