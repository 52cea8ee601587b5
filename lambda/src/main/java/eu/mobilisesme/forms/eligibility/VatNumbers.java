package eu.mobilisesme.forms.eligibility;

/** VAT numbers as the EU writes them: the country's VAT prefix, then the national number. */
public final class VatNumbers {

    private VatNumbers() {
    }

    /** The VAT prefix of a country: its ISO code, except Greece's EL. */
    public static String prefix(String country) {
        return country.equals("GR") ? "EL" : country;
    }

    /** A compact VAT number (as the validator leaves it) with its country's prefix, added when it was left out. */
    public static String withPrefix(String country, String vat) {
        String prefix = prefix(country);
        return vat.startsWith(prefix) ? vat : prefix + vat;
    }
}
