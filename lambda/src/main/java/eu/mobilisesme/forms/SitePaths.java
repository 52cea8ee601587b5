package eu.mobilisesme.forms;

import java.util.Map;

/**
 * Where each form and its thank-you page live on the site, per language. The backend redirects only to these
 * fixed paths (never to a target taken from the request); a site test checks that each one is a baked page.
 */
public final class SitePaths {

    private static final Map<String, Map<String, String>> FORM_PAGES = Map.of(
            Forms.SENDING, Map.of("en", "/en/interest/sending/", "es", "/es/interes/envio/",
                    "fr", "/fr/interet/envoi/", "nl", "/nl/interesse/uitzendend/", "de", "/de/interesse/entsendend/"),
            Forms.HOSTING, Map.of("en", "/en/interest/hosting/", "es", "/es/interes/acogida/",
                    "fr", "/fr/interet/accueil/", "nl", "/nl/interesse/ontvangend/", "de", "/de/interesse/aufnehmend/"),
            Forms.CONTACT, Map.of("en", "/en/contact/", "es", "/es/contacto/",
                    "fr", "/fr/contact/", "nl", "/nl/contact/", "de", "/de/kontakt/"));

    private static final Map<String, String> PRIVACY = Map.of("en", "/en/privacy/", "es", "/es/privacidad/",
            "fr", "/fr/confidentialite/", "nl", "/nl/privacy/", "de", "/de/datenschutz/");

    private static final Map<String, String> WHO_CAN_PARTICIPATE = Map.of("en", "/en/who-can-participate/",
            "es", "/es/quien-puede-participar/", "fr", "/fr/qui-peut-participer/", "nl", "/nl/wie-kan-deelnemen/",
            "de", "/de/wer-kann-teilnehmen/");

    private static final Map<String, String> THANKS = Map.of(
            "en", "thanks/", "es", "gracias/", "fr", "merci/", "nl", "bedankt/", "de", "danke/");

    private SitePaths() {
    }

    public static String formPage(String form, String lang) {
        return FORM_PAGES.get(form).get(lang);
    }

    public static String thanksPage(String form, String lang) {
        return formPage(form, lang) + THANKS.get(lang);
    }

    /** The privacy notice, which the forms' acknowledgement box links to. */
    public static String privacyNotice(String lang) {
        return PRIVACY.get(lang);
    }

    /** The page that explains who can take part; it holds the short eligibility check. */
    public static String whoCanParticipate(String lang) {
        return WHO_CAN_PARTICIPATE.get(lang);
    }

    public static String home(String lang) {
        return "/" + lang + "/";
    }
}
