package eu.mobilisesme.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid raw submissions of each form, as a browser would post them, with dates relative to the given day. Tests
 * change one field at a time from these.
 */
public final class Samples {

    private Samples() {
    }

    public static Map<String, List<String>> of(String form, LocalDate today) {
        return switch (form) {
            case "sending" -> sending(today);
            case "hosting" -> hosting(today);
            case "contact" -> contact();
            default -> throw new IllegalArgumentException(form);
        };
    }

    public static Map<String, List<String>> sending(LocalDate today) {
        Map<String, List<String>> v = company("ES", "ESB12345678");
        v.put("yearFounded", List.of("2005"));
        v.put("headcount", List.of("25"));
        v.put("smeThresholds", List.of("yes"));
        v.put("linkedEnterprises", List.of("no"));
        contactPerson(v);
        v.put("participantCount", List.of("1"));
        v.put("p1Role", List.of("employee"));
        v.put("p1FullTime", List.of("yes"));
        v.put("p1StartDate", List.of(today.minusYears(4).toString()));
        v.put("p1ExperienceYears", List.of("8"));
        v.put("preferredStart", List.of(today.plusMonths(3).toString()));
        v.put("durationMonths", List.of("3"));
        v.put("goals", List.of("market-research", "customers"));
        v.put("declareNoGuarantee", List.of("yes"));
        v.put("privacyNotice", List.of("yes"));
        return v;
    }

    /** The sending sample with a second participant, a copy of the first. */
    public static Map<String, List<String>> sendingTwo(LocalDate today) {
        Map<String, List<String>> v = sending(today);
        v.put("participantCount", List.of("2"));
        sending(today).forEach((name, value) -> {
            if (name.startsWith("p1")) {
                v.put("p2" + name.substring(2), value);
            }
        });
        return v;
    }

    public static Map<String, List<String>> hosting(LocalDate today) {
        Map<String, List<String>> v = company("BE", "BE0123456789");
        v.put("sizeClass", List.of("small"));
        contactPerson(v);
        v.put("responsibleRole", List.of("owner"));
        v.put("activityYears", List.of("12"));
        v.put("activeDaily", List.of("yes"));
        v.put("workingLanguages", List.of("fr", "nl", "en"));
        v.put("availableFrom", List.of(today.plusMonths(2).toString()));
        v.put("goals", List.of("innovation"));
        v.put("offer", List.of(text("We offer a place in our design studio and want to learn about ", 240)));
        for (String consent : List.of("declareNoEmployment", "declareNoGuarantee", "privacyNotice")) {
            v.put(consent, List.of("yes"));
        }
        return v;
    }

    public static Map<String, List<String>> contact() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("name", List.of("Jan de Vries"));
        v.put("email", List.of("jan@example.nl"));
        v.put("organisation", List.of("De Vries BV"));
        v.put("role", List.of("host"));
        v.put("replyLanguage", List.of("nl"));
        v.put("subject", List.of("eligibility"));
        v.put("message", List.of("Can a company with 12 staff host two participants at once?"));
        v.put("privacyNotice", List.of("yes"));
        return v;
    }

    private static Map<String, List<String>> company(String country, String vat) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("legalName", List.of("Aceites del Sur SL"));
        v.put("country", List.of(country));
        v.put("vatNumber", List.of(vat));
        v.put("legalForm", List.of("company"));
        return v;
    }

    private static void contactPerson(Map<String, List<String>> v) {
        v.put("name", List.of("Ana García"));
        v.put("email", List.of("ana@example.es"));
    }

    /** Valid submissions of the forms as version 1 asked them (Forms.version(form, 1)): stored items of then. */
    public static Map<String, List<String>> version1(String form, LocalDate today) {
        return switch (form) {
            case "sending" -> sendingV1(today);
            case "hosting" -> hostingV1(today);
            case "contact" -> contactV1();
            default -> throw new IllegalArgumentException(form);
        };
    }

    public static Map<String, List<String>> sendingV1(LocalDate today) {
        Map<String, List<String>> v = companyV1("ES", "ESB12345678");
        v.put("smeThresholds", List.of("yes"));
        v.put("participantCount", List.of("1"));
        v.put("p1FirstName", List.of("Lucía"));
        v.put("p1LastName", List.of("Fernández"));
        v.put("p1Email", List.of("lucia@example.es"));
        v.put("p1Role", List.of("employee"));
        v.put("p1FullTime", List.of("yes"));
        v.put("p1StartDate", List.of(today.minusYears(4).toString()));
        v.put("p1ExperienceYears", List.of("8"));
        v.put("p1Languages", List.of("es", "en"));
        v.put("p1Profile", List.of(text("Export manager with eight years in food trade, eager to learn ", 120)));
        v.put("targetCountries", List.of("BE", "NL"));
        v.put("hostIdentified", List.of("no"));
        v.put("preferredStart", List.of(today.plusMonths(3).toString()));
        v.put("durationMonths", List.of("3"));
        v.put("splitPeriods", List.of("no"));
        v.put("goals", List.of("market-research", "customers"));
        v.put("objectives", List.of(text("We want to study the Benelux market for olive oil and share ", 240)));
        v.put("contribution", List.of(text("Knowledge of Spanish suppliers and logistics, shared with ", 130)));
        for (String consent : List.of("declareSme", "declareEmployment", "declareLearning", "declareAccurate",
                "declareNoGuarantee", "privacyNotice")) {
            v.put(consent, List.of("yes"));
        }
        return v;
    }

    public static Map<String, List<String>> hostingV1(LocalDate today) {
        Map<String, List<String>> v = companyV1("BE", "BE0123456789");
        v.put("sizeClass", List.of("small"));
        v.put("responsibleRole", List.of("owner"));
        v.put("activityYears", List.of("12"));
        v.put("activeDaily", List.of("yes"));
        v.put("position", List.of("executive"));
        v.put("workingLanguages", List.of("fr", "nl", "en"));
        v.put("hostCapacity", List.of("2"));
        v.put("senderIdentified", List.of("no"));
        v.put("availableFrom", List.of(today.plusMonths(2).toString()));
        v.put("availableTo", List.of(today.plusMonths(8).toString()));
        v.put("goals", List.of("innovation"));
        v.put("offer", List.of(text("We offer a place in our design studio and want to learn about ", 240)));
        for (String consent : List.of("declareNoEmployment", "declareAccurate", "declareNoGuarantee",
                "privacyNotice")) {
            v.put(consent, List.of("yes"));
        }
        return v;
    }

    public static Map<String, List<String>> contactV1() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("name", List.of("Jan de Vries"));
        v.put("email", List.of("jan@example.nl"));
        v.put("organisation", List.of("De Vries BV"));
        v.put("country", List.of("NL"));
        v.put("role", List.of("host"));
        v.put("replyLanguage", List.of("nl"));
        v.put("subject", List.of("eligibility"));
        v.put("message", List.of("Can a company with 12 staff host two participants at once?"));
        v.put("privacyNotice", List.of("yes"));
        return v;
    }

    private static Map<String, List<String>> companyV1(String country, String vat) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("legalName", List.of("Aceites del Sur SL"));
        v.put("country", List.of(country));
        v.put("vatNumber", List.of(vat));
        v.put("legalForm", List.of("company"));
        v.put("yearFounded", List.of("2005"));
        v.put("naceSection", List.of("C"));
        v.put("headcount", List.of("25"));
        v.put("linkedEnterprises", List.of("no"));
        v.put("street", List.of("Calle Mayor 1"));
        v.put("postcode", List.of("41001"));
        v.put("city", List.of("Sevilla"));
        v.put("contactFirstName", List.of("Ana"));
        v.put("contactLastName", List.of("García"));
        v.put("contactJobTitle", List.of("Directora"));
        v.put("email", List.of("ana@example.es"));
        v.put("correspondenceLanguage", List.of("es"));
        return v;
    }

    /** A sentence repeated to at least the given length, for fields with a minimum length. */
    public static String text(String sentence, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(sentence).append("and more. ");
        }
        return out.toString().strip();
    }

    /** URL-encodes a submission as a plain HTML form post would. */
    public static String urlEncoded(Map<String, List<String>> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, list) -> list.forEach(value -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }));
        return out.toString();
    }

    /** JSON-encodes a submission as the page's script does: single values as strings, choices as arrays. */
    public static String json(Map<String, List<String>> values, java.util.Set<String> multiValued) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((name, list) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':');
            if (multiValued.contains(name)) {
                out.append('[').append(String.join(",", list.stream().map(Samples::quote).toList())).append(']');
            } else {
                out.append(quote(list.get(0)));
            }
        });
        return out.append('}').toString();
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
