package eu.mobilisesme.review.cases;

import eu.mobilisesme.forms.eligibility.VatNumbers;
import eu.mobilisesme.review.items.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes two submissions the same sender: the sender's e-mail address (the contact person of an application,
 * the contact form's e-mail), ignoring case and surrounding spaces, or the company's VAT number with its country
 * prefix, ignoring spaces, dots and dashes.
 */
public final class CaseKeys {

    private CaseKeys() {
    }

    public static List<String> of(Item item) {
        List<String> keys = new ArrayList<>(2);
        String email = email(item.string("email"));
        if (!email.isEmpty()) {
            keys.add("email:" + email);
        }
        String vat = vat(item.string("country"), item.string("vatNumber"));
        if (!vat.isEmpty()) {
            keys.add("vat:" + vat);
        }
        return keys;
    }

    public static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code es b-12.345.678} becomes {@code ESB12345678}; Greece's prefix is EL. */
    public static String vat(String country, String vat) {
        if (vat == null) {
            return "";
        }
        String compact = vat.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.isEmpty()) {
            return "";
        }
        return country == null || !country.matches("[A-Z]{2}") ? compact : VatNumbers.withPrefix(country, compact);
    }
}
