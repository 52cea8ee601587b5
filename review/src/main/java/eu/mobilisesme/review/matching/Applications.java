package eu.mobilisesme.review.matching;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.review.cases.CaseKeys;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.work.WorkColumns;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads an application for matching from a stored sending or hosting submission. */
public final class Applications {

    private Applications() {
    }

    /** The application, or empty for a contact message or an item without the fields matching needs. */
    public static Optional<Application> of(Item item) {
        Side side;
        if (Forms.SENDING.equals(item.form())) {
            side = Side.SENDING;
        } else if (Forms.HOSTING.equals(item.form())) {
            side = Side.HOSTING;
        } else {
            return Optional.empty();
        }
        String country = item.string("country");
        String reference = item.string("reference");
        if (country == null || reference == null || item.id() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> from = date(item, side == Side.SENDING ? "preferredStart" : "availableFrom");
        int months = number(item, "durationMonths", 0);
        // Form version 2 asks a host only from when it is available: its window is then open-ended (null).
        Optional<LocalDate> to = side == Side.SENDING ? from.map(start -> start.plusMonths(months))
                : date(item, "availableTo");
        if (from.isEmpty() || (side == Side.SENDING && to.isEmpty())) {
            return Optional.empty();
        }
        List<Set<String>> languages = new ArrayList<>();
        List<String> partner = new ArrayList<>();
        int people;
        Set<String> wanted;
        if (side == Side.SENDING) {
            people = number(item, "participantCount", 1);
            languages.add(strings(item, "p1Languages"));
            if (people > 1) {
                languages.add(strings(item, "p2Languages"));
            }
            wanted = strings(item, "targetCountries");
            if ("yes".equals(item.string("hostIdentified"))) {
                addIfGiven(partner, item.string("hostName"));
                addIfGiven(partner, item.string("hostEmail"));
            }
        } else {
            people = number(item, "hostCapacity", 0); // 0: not asked (form version 2)
            languages.add(strings(item, "workingLanguages"));
            wanted = strings(item, "preferredSendingCountries");
            if ("yes".equals(item.string("senderIdentified"))) {
                addIfGiven(partner, item.string("senderName"));
            }
        }
        return Optional.of(new Application(item.id(), reference, side, text(item, "legalName"),
                text(item, "tradingName"), CaseKeys.vat(country, item.string("vatNumber")),
                CaseKeys.email(item.string("email")), country, wanted, text(item, "naceSection"),
                division(item.string("naceCode")), languages, from.get(), to.orElse(null), months, people,
                text(item, "eligibility"), WorkColumns.status(item), partner, reference, 1));
    }

    /** The NACE division: the first two digits of the code ("62.01" and "6201" are 62), or empty. */
    static String division(String code) {
        if (code == null) {
            return "";
        }
        String digits = code.replaceAll("[^0-9]", "");
        return digits.length() >= 2 ? digits.substring(0, 2) : "";
    }

    private static void addIfGiven(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    private static String text(Item item, String name) {
        String value = item.string(name);
        return value == null ? "" : value;
    }

    private static Set<String> strings(Item item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return Set.of();
        }
        return switch (value.type()) {
            case SS -> Set.copyOf(value.ss());
            case L -> Set.copyOf(value.l().stream().filter(v -> v.s() != null).map(AttributeValue::s).toList());
            case S -> Set.of(value.s());
            default -> Set.of();
        };
    }

    private static int number(Item item, String name, int fallback) {
        AttributeValue value = item.get(name);
        String text = value == null ? null : value.n() != null ? value.n() : value.s();
        try {
            return text == null ? fallback : new java.math.BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<LocalDate> date(Item item, String name) {
        String text = item.string(name);
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
