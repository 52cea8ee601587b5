package eu.mobilisesme.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A closed list of values a choice field accepts. Country and language names come from the JDK's CLDR data in
 * each site language, so they are never translated by hand; every other label is a bundle entry
 * {@code option.<name>.<value>}.
 */
public record OptionSet(String name, List<String> values, LabelSource labelSource) {

    public enum LabelSource { BUNDLE, COUNTRY, LANGUAGE }

    /** Countries of the 2020–2023 programme: the EU, Iceland, Norway and five candidate countries. */
    public static final List<String> ELIGIBLE_COUNTRIES = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "NO", "AL", "MK", "ME", "RS", "TR");

    /** Countries a company may name although the programme did not list them: the contact point decides. */
    public static final List<String> COUNTRIES_TO_CONFIRM = List.of("LI", "BA", "XK");

    /** Listed in the programme's funding table, yet not eligible. */
    public static final List<String> INELIGIBLE_COUNTRIES = List.of("GB");

    public OptionSet {
        values = List.copyOf(values);
    }

    public static OptionSet bundle(String name, String... values) {
        return new OptionSet(name, Arrays.asList(values), LabelSource.BUNDLE);
    }

    public static OptionSet countries(String name, List<String> codes) {
        return new OptionSet(name, codes, LabelSource.COUNTRY);
    }

    public static OptionSet languages(String name, List<String> codes) {
        return new OptionSet(name, codes, LabelSource.LANGUAGE);
    }

    /** Every ISO 3166-1 alpha-2 code the JDK knows, plus Kosovo's user-assigned code. */
    public static List<String> allCountries() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return List.copyOf(codes);
    }

    public boolean contains(String value) {
        return values.contains(value);
    }

    /** The label of a value in a language; bundle labels come from {@code messages}. */
    public String label(String value, Messages messages) {
        Locale locale = messages.locale();
        return switch (labelSource) {
            case COUNTRY -> new Locale("", value).getDisplayCountry(locale);
            case LANGUAGE -> capitalise(new Locale(value).getDisplayLanguage(locale), locale);
            case BUNDLE -> messages.get("option." + name + "." + value);
        };
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
