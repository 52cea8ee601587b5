package eu.mobilisesme.notify;

import static eu.mobilisesme.config.Environment.malformed;
import static eu.mobilisesme.config.Environment.missing;
import static eu.mobilisesme.config.Environment.optional;
import static eu.mobilisesme.config.Environment.require;

import eu.mobilisesme.forms.Languages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the notify function, read once from the environment. A missing or malformed setting stops the
 * start with a message that names it.
 *
 * @param staffEmail where the staff notices go
 * @param staffLang the language of the staff notices
 * @param senderEmail the From address of every message; SES must have it (or its domain) as a verified identity
 * @param configurationSet the SES configuration set the messages are sent with; absent locally
 * @param responseDays working days within which the contact point answers, as the confirmation promises
 * @param siteUrl the site's address without a trailing slash, for the links in the confirmation
 * @param dynamoDbEndpoint set locally (dynalite, LocalStack); absent on AWS
 * @param sesEndpoint set in tests (moto); absent on AWS
 */
public record NotifySettings(
        String tableName,
        String region,
        String staffEmail,
        String staffLang,
        String senderEmail,
        Optional<String> configurationSet,
        int responseDays,
        String siteUrl,
        Optional<URI> dynamoDbEndpoint,
        Optional<URI> sesEndpoint) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String STAFF_EMAIL = "STAFF_EMAIL";
    public static final String STAFF_LANG = "STAFF_LANG";
    public static final String SENDER_EMAIL = "SENDER_EMAIL";
    public static final String CONFIGURATION_SET = "CONFIGURATION_SET";
    public static final String RESPONSE_DAYS = "RESPONSE_DAYS";
    public static final String SITE_URL = "SITE_URL";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    public static final String SES_ENDPOINT = "SES_ENDPOINT";

    /** Set in {@code template.yaml} for the notify function ({@code AWS_REGION} comes from Lambda itself). */
    public static final List<String> REQUIRED_VARIABLES =
            List.of(TABLE_NAME, STAFF_EMAIL, STAFF_LANG, SENDER_EMAIL, RESPONSE_DAYS, SITE_URL);
    public static final List<String> OPTIONAL_VARIABLES = List.of(CONFIGURATION_SET, DYNAMODB_ENDPOINT, SES_ENDPOINT);

    static final String LOCAL_REGION = "eu-west-1";

    public static NotifySettings fromEnvironment() {
        return from(System.getenv());
    }

    public static NotifySettings from(Map<String, String> env) {
        Optional<URI> dynamo = optional(env, DYNAMODB_ENDPOINT).map(value -> uri(DYNAMODB_ENDPOINT, value));
        Optional<URI> ses = optional(env, SES_ENDPOINT).map(value -> uri(SES_ENDPOINT, value));
        String region = optional(env, AWS_REGION)
                .or(() -> dynamo.or(() -> ses).map(local -> LOCAL_REGION))
                .orElseThrow(() -> missing(AWS_REGION));
        String staffLang = require(env, STAFF_LANG);
        if (!Languages.supported(staffLang)) {
            throw malformed(STAFF_LANG, "expected one of " + Languages.SUPPORTED + ", got '" + staffLang + "'");
        }
        return new NotifySettings(
                require(env, TABLE_NAME),
                region,
                address(STAFF_EMAIL, require(env, STAFF_EMAIL)),
                staffLang,
                address(SENDER_EMAIL, require(env, SENDER_EMAIL)),
                optional(env, CONFIGURATION_SET),
                days(require(env, RESPONSE_DAYS)),
                siteUrl(require(env, SITE_URL)),
                dynamo,
                ses);
    }

    /** A bare address, checked as {@link MimeMail} checks every address it writes. */
    private static String address(String name, String value) {
        if (MimeMail.address(value).isEmpty()) {
            throw malformed(name, "expected one bare e-mail address such as contact@example.eu, got '" + value + "'");
        }
        return value;
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 90) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed(RESPONSE_DAYS, "expected a whole number of working days from 1 to 90, got '" + value + "'");
    }

    private static String siteUrl(String value) {
        String url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri = uri(SITE_URL, url);
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        if (!web || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null) {
            throw malformed(SITE_URL, "expected the site's address such as https://www.example.eu, got '" + value
                    + "'");
        }
        return url;
    }

    private static URI uri(String name, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw malformed(name, "expected an absolute URL, got '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw malformed(name, "expected a URL, got '" + value + "'");
        }
    }
}
