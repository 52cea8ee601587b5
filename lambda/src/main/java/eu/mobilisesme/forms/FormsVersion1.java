package eu.mobilisesme.forms;

import static eu.mobilisesme.forms.FieldType.CHECKBOXES;
import static eu.mobilisesme.forms.FieldType.CONSENT;
import static eu.mobilisesme.forms.FieldType.DATE;
import static eu.mobilisesme.forms.FieldType.EMAIL;
import static eu.mobilisesme.forms.FieldType.INTEGER;
import static eu.mobilisesme.forms.FieldType.RADIO;
import static eu.mobilisesme.forms.FieldType.SELECT;
import static eu.mobilisesme.forms.FieldType.TEL;
import static eu.mobilisesme.forms.FieldType.TEXT;
import static eu.mobilisesme.forms.FieldType.TEXTAREA;
import static eu.mobilisesme.forms.FieldType.URL;
import static eu.mobilisesme.forms.FieldType.VAT;
import static eu.mobilisesme.forms.Forms.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forms as version 1 asked them (46 visible questions on the sending form), kept as data and never served:
 * stored items of that version still hold these fields, and the staff tool must read them. Frozen: never edit.
 */
final class FormsVersion1 {

    static final int VERSION = 1;

    private static final Map<String, FormDefinition> BY_ID = Map.of(
            SENDING, sending(), HOSTING, hosting(), CONTACT, contact());

    private FormsVersion1() {
    }

    static Optional<FormDefinition> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    private static FormDefinition sending() {
        FormBuilder f = new FormBuilder(SENDING, "/api/apply", FormKind.SENDING_APPLICATION);
        company(f, true);
        f.section("participants");
        f.field("participantCount", RADIO).required().options(PARTICIPANT_COUNTS);
        participant(f, 1);
        participant(f, 2);
        f.section("secondment");
        f.field("targetCountries", CHECKBOXES).required().options(PARTNER_COUNTRIES).items(1, 3).hint();
        f.field("hostIdentified", RADIO).required().options(YES_NO);
        f.field("hostName", TEXT).required().length(2, 200).when("hostIdentified", "yes");
        f.field("hostCountry", SELECT).required().options(PARTNER_COUNTRIES).when("hostIdentified", "yes");
        f.field("hostEmail", EMAIL).when("hostIdentified", "yes");
        f.field("preferredStart", DATE).required()
                .dates(DateBound.daysFromToday(30), DateBound.monthsFromToday(18)).hint();
        f.field("durationMonths", INTEGER).required().range(1, 12).hint();
        f.field("splitPeriods", RADIO).required().options(YES_NO);
        f.field("splitPlan", TEXTAREA).required().maxLength(500).when("splitPeriods", "yes");
        goals(f);
        f.field("objectives", TEXTAREA).required().length(200, 3000).hint();
        f.field("contribution", TEXTAREA).required().length(100, 2000).hint();
        f.section("declarations");
        f.field("declareSme", CONSENT).required();
        f.field("declareEmployment", CONSENT).required();
        f.field("declareLearning", CONSENT).required();
        f.field("declareAccurate", CONSENT).required();
        f.field("declareNoGuarantee", CONSENT).required();
        closing(f);
        f.rule(CrossFieldRule.differentEmails("p1Email", "p2Email"))
                .rule(CrossFieldRule.otherCountries("targetCountries"))
                .rule(CrossFieldRule.otherCountries("hostCountry"));
        return f.build();
    }

    private static FormDefinition hosting() {
        FormBuilder f = new FormBuilder(HOSTING, "/api/apply", FormKind.HOSTING_APPLICATION);
        company(f, false);
        f.section("host");
        f.field("sizeClass", RADIO).required().options(SIZE_CLASSES).hint();
        f.field("responsibleRole", RADIO).required().options(HOST_ROLES);
        f.field("activityYears", INTEGER).required().range(0, 60).hint();
        f.field("activeDaily", RADIO).required().options(YES_NO);
        f.field("position", RADIO).required().options(POSITIONS);
        f.field("workingLanguages", CHECKBOXES).required().options(WORKING_LANGUAGES).items(1, 10);
        f.field("hostCapacity", INTEGER).required().range(1, 10);
        f.section("secondment");
        f.field("preferredSendingCountries", CHECKBOXES).options(PARTNER_COUNTRIES).items(0, 10);
        f.field("senderIdentified", RADIO).required().options(YES_NO);
        f.field("senderName", TEXT).required().length(2, 200).when("senderIdentified", "yes");
        f.field("senderCountry", SELECT).required().options(PARTNER_COUNTRIES).when("senderIdentified", "yes");
        f.field("availableFrom", DATE).required().dates(DateBound.today(), DateBound.monthsFromToday(24));
        f.field("availableTo", DATE).required().dates(DateBound.monthsFromToday(1), DateBound.monthsFromToday(36))
                .hint();
        goals(f);
        f.field("offer", TEXTAREA).required().length(200, 3000).hint();
        f.field("profileSought", TEXTAREA).maxLength(1500);
        f.section("declarations");
        f.field("declareNoEmployment", CONSENT).required();
        f.field("declareAccurate", CONSENT).required();
        f.field("declareNoGuarantee", CONSENT).required();
        closing(f);
        f.rule(CrossFieldRule.otherCountries("preferredSendingCountries"))
                .rule(CrossFieldRule.otherCountries("senderCountry"))
                .rule(CrossFieldRule.windowOfAtLeastOneMonth("availableFrom", "availableTo"));
        return f.build();
    }

    private static FormDefinition contact() {
        FormBuilder f = new FormBuilder(CONTACT, "/api/contact", FormKind.MESSAGE);
        f.section("contact");
        f.field("name", TEXT).required().length(1, 150).autocomplete("name");
        f.field("email", EMAIL).required().autocomplete("email");
        f.field("organisation", TEXT).maxLength(200).autocomplete("organization");
        f.field("country", SELECT).options(ANY_COUNTRY).autocomplete("country");
        f.field("role", RADIO).required().options(CONTACT_ROLES);
        f.field("replyLanguage", SELECT).required().options(SITE_LANGUAGES);
        f.section("message");
        f.field("subject", SELECT).required().options(CONTACT_SUBJECTS);
        f.field("message", TEXTAREA).required().length(20, 5000);
        f.section("privacy");
        f.field("privacyNotice", CONSENT).required();
        return f.build();
    }

    private static void company(FormBuilder f, boolean sending) {
        f.section("company");
        f.field("legalName", TEXT).required().length(2, 200).autocomplete("organization");
        f.field("tradingName", TEXT).maxLength(200);
        f.field("country", SELECT).required().options(APPLICATION_COUNTRIES);
        f.field("vatNumber", VAT).required().length(5, 20).hint();
        f.field("legalForm", RADIO).required().options(LEGAL_FORMS);
        f.field("yearFounded", INTEGER).required().notAfterCurrentYear(EARLIEST_FOUNDING_YEAR);
        f.field("naceSection", SELECT).required().options(NACE_SECTIONS);
        f.field("naceCode", TEXT).maxLength(5).hint();
        f.field("headcount", INTEGER).required().range(0, 1_000_000).hint();
        f.field("smeThresholds", RADIO).required(sending).options(YES_NO).hint();
        f.field("linkedEnterprises", RADIO).required().options(YES_NO).hint();
        f.field("website", URL).autocomplete("url");
        f.section("address");
        f.field("street", TEXT).required().length(2, 200).autocomplete("address-line1");
        f.field("postcode", TEXT).required().length(2, 12).autocomplete("postal-code");
        f.field("city", TEXT).required().length(1, 100).autocomplete("address-level2");
        f.section("contactPerson");
        f.field("contactFirstName", TEXT).required().length(1, 100).autocomplete("given-name");
        f.field("contactLastName", TEXT).required().length(1, 100).autocomplete("family-name");
        f.field("contactJobTitle", TEXT).required().length(1, 100).autocomplete("organization-title");
        f.field("email", EMAIL).required().autocomplete("email");
        f.field("phone", TEL).autocomplete("tel").hint();
        f.field("correspondenceLanguage", SELECT).required().options(SITE_LANGUAGES);
    }

    private static void participant(FormBuilder f, int n) {
        String p = "p" + n;
        f.section("participant" + n);
        var fields = List.of(
                f.field(p + "FirstName", TEXT).required().length(1, 100),
                f.field(p + "LastName", TEXT).required().length(1, 100),
                f.field(p + "Email", EMAIL).required(),
                f.field(p + "Role", RADIO).required().options(PARTICIPANT_ROLES),
                f.field(p + "FullTime", RADIO).required().options(YES_NO),
                f.field(p + "StartDate", DATE).required().dates(DateBound.yearsAgo(70), DateBound.today()).hint(),
                f.field(p + "ExperienceYears", INTEGER).required().range(0, 60),
                f.field(p + "Languages", CHECKBOXES).required().options(WORKING_LANGUAGES).items(1, 10),
                f.field(p + "Profile", TEXTAREA).required().length(100, 2000).hint());
        if (n > 1) {
            fields.forEach(field -> field.when("participantCount", String.valueOf(n)));
        }
    }

    private static void goals(FormBuilder f) {
        f.field("goals", CHECKBOXES).required().options(GOALS).items(1, GOALS.values().size());
        f.field("goalOther", TEXT).required().maxLength(200).when("goals", "other");
    }

    private static void closing(FormBuilder f) {
        f.section("privacy");
        f.field("privacyNotice", CONSENT).required();
        f.field("newsletter", CONSENT);
    }

}
