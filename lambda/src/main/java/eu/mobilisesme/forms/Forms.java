package eu.mobilisesme.forms;

import static eu.mobilisesme.forms.FieldType.CHECKBOXES;
import static eu.mobilisesme.forms.FieldType.CONSENT;
import static eu.mobilisesme.forms.FieldType.DATE;
import static eu.mobilisesme.forms.FieldType.EMAIL;
import static eu.mobilisesme.forms.FieldType.INTEGER;
import static eu.mobilisesme.forms.FieldType.RADIO;
import static eu.mobilisesme.forms.FieldType.SELECT;
import static eu.mobilisesme.forms.FieldType.TEXT;
import static eu.mobilisesme.forms.FieldType.TEXTAREA;
import static eu.mobilisesme.forms.FieldType.VAT;

import eu.mobilisesme.forms.eligibility.EligibilityRules;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three forms of the site: the sending-company and hosting-company expressions of interest, and the contact
 * message. They ask what the eligibility rules need and little more (docs/forms.md counts them); file uploads,
 * health data and what a call would need later are left out on purpose: the contact point asks for them.
 */
public final class Forms {

    public static final String SENDING = "sending";
    public static final String HOSTING = "hosting";
    public static final String CONTACT = "contact";
    /** The short eligibility check: not one of {@link #all()}, as it stores nothing and has no page of its own. */
    public static final String CHECK = "check";

    /** Bumped whenever the privacy notice changes; stored with every submission. */
    public static final String PRIVACY_NOTICE_VERSION = "2026-12-08";

    /** The version of these definitions and of the eligibility rules, stored with every submission. */
    public static final int FORM_VERSION = 2;

    /** The longest stay the check takes, to tell a visitor who wants more that the programme stops at 6. */
    public static final int CHECK_MAX_MONTHS = 24;

    /** The contact point's time zone: "today" for every date rule, the call window and the no-script id. */
    public static final ZoneId CONTACT_POINT_ZONE = ZoneId.of("Europe/Brussels");

    /** Oldest founding year accepted; the newest is the current year. */
    public static final int EARLIEST_FOUNDING_YEAR = 1800;

    static final OptionSet YES_NO = OptionSet.bundle("yesNo", "yes", "no");
    static final OptionSet APPLICATION_COUNTRIES = OptionSet.countries("applicationCountry", concat(
            OptionSet.ELIGIBLE_COUNTRIES, OptionSet.COUNTRIES_TO_CONFIRM, OptionSet.INELIGIBLE_COUNTRIES));
    static final OptionSet PARTNER_COUNTRIES = OptionSet.countries("partnerCountry", OptionSet.ELIGIBLE_COUNTRIES);
    static final OptionSet ANY_COUNTRY = OptionSet.countries("country", OptionSet.allCountries());
    static final OptionSet SITE_LANGUAGES = OptionSet.languages("siteLanguage", Languages.SUPPORTED);
    static final OptionSet WORKING_LANGUAGES = OptionSet.languages("workingLanguage", List.of(
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
            "pl", "pt", "ro", "sk", "sl", "sv", "is", "no", "sq", "mk", "sr", "tr"));
    static final OptionSet LEGAL_FORMS = OptionSet.bundle("legalForm",
            "company", "self-employed", "liberal-profession", "other");
    static final OptionSet NACE_SECTIONS = OptionSet.bundle("naceSection",
            "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    static final OptionSet PARTICIPANT_ROLES = OptionSet.bundle("participantRole",
            "employee", "manager", "owner", "co-owner");
    static final OptionSet PARTICIPANT_COUNTS = OptionSet.bundle("participantCount", "1", "2");
    static final OptionSet GOALS = OptionSet.bundle("goal", "market-research", "innovation", "training",
            "customers", "joint-research", "existing-collaboration", "other");
    static final OptionSet SIZE_CLASSES = OptionSet.bundle("sizeClass", "micro", "small", "medium", "large");
    static final OptionSet HOST_ROLES = OptionSet.bundle("hostRole", "owner", "co-owner", "manager");
    static final OptionSet POSITIONS = OptionSet.bundle("position", "executive", "non-executive");
    static final OptionSet CONTACT_ROLES = OptionSet.bundle("contactRole",
            "sender", "host", "participant", "intermediary", "press", "other");
    static final OptionSet CHECK_SIDES = OptionSet.bundle("checkSide", "send", "host");
    static final OptionSet CONTACT_SUBJECTS = OptionSet.bundle("contactSubject",
            "eligibility", "support", "status", "partnership", "other");

    private static final List<FormDefinition> ALL = List.of(sending(), hosting(), contact());
    private static final FormDefinition CHECK_FORM = buildCheck();
    private static final Map<String, FormDefinition> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(FormDefinition::id, Function.identity()));

    private Forms() {
    }

    public static List<FormDefinition> all() {
        return ALL;
    }

    /**
     * The short eligibility check: at most 8 questions, nothing personal. Its fields bear the names the application
     * forms give them, so its answers carry into the form it leads to; its texts are under {@code check.<field>.*}.
     * {@code experienceYears} is the participant's experience when sending and the host's activity when hosting.
     */
    public static FormDefinition check() {
        return CHECK_FORM;
    }

    public static Optional<FormDefinition> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /**
     * A form as an earlier version asked it, for reading items stored then (the staff tool); never served. Empty
     * for a version or form that never existed.
     */
    public static Optional<FormDefinition> version(String id, int version) {
        if (version == FORM_VERSION) {
            return byId(id);
        }
        return version == FormsVersion1.VERSION ? FormsVersion1.byId(id) : Optional.empty();
    }

    /** Fields earlier versions asked and this one no longer does, oldest version first, each name once. */
    public static List<Field> retiredFields(String id) {
        List<String> current = byId(id).map(f -> f.fields().stream().map(Field::name).toList()).orElse(List.of());
        return FormsVersion1.byId(id).map(v1 -> v1.fields().stream()
                .filter(field -> !current.contains(field.name())).toList()).orElse(List.of());
    }

    /** The forms {@code POST /api/apply} accepts, chosen by the {@code form} field. */
    public static List<String> applicationForms() {
        return ALL.stream().filter(form -> form.kind().assessed()).map(FormDefinition::id).toList();
    }

    private static FormDefinition sending() {
        // At most 20 questions with one participant (docs/forms.md): what a call needs later, the contact point asks.
        FormBuilder f = new FormBuilder(SENDING, "/api/apply", FormKind.SENDING_APPLICATION);
        company(f);
        f.field("yearFounded", INTEGER).required().notAfterCurrentYear(EARLIEST_FOUNDING_YEAR);
        f.field("headcount", INTEGER).required().range(0, 1_000_000).hint();
        f.field("smeThresholds", RADIO).required().options(YES_NO).hint();
        f.field("linkedEnterprises", RADIO).required().options(YES_NO).hint();
        contactPerson(f);
        f.section("participants");
        f.field("participantCount", RADIO).required().options(PARTICIPANT_COUNTS);
        participant(f, 1);
        participant(f, 2);
        f.section("secondment");
        f.field("preferredStart", DATE).required()
                .dates(DateBound.daysFromToday(30), DateBound.monthsFromToday(18)).hint();
        f.field("durationMonths", INTEGER).required().range(1, EligibilityRules.MAX_MONTHS).hint();
        goals(f);
        f.section("declarations");
        f.field("declareNoGuarantee", CONSENT).required();
        privacy(f);
        return f.build();
    }

    private static FormDefinition hosting() {
        FormBuilder f = new FormBuilder(HOSTING, "/api/apply", FormKind.HOSTING_APPLICATION);
        company(f);
        f.field("sizeClass", RADIO).required().options(SIZE_CLASSES).hint();
        contactPerson(f);
        f.section("host");
        f.field("responsibleRole", RADIO).required().options(HOST_ROLES);
        f.field("activityYears", INTEGER).required().range(0, 60).hint();
        f.field("activeDaily", RADIO).required().options(YES_NO);
        f.section("secondment");
        f.field("workingLanguages", CHECKBOXES).required().options(WORKING_LANGUAGES).items(1, 10);
        f.field("availableFrom", DATE).required().dates(DateBound.today(), DateBound.monthsFromToday(24));
        goals(f);
        f.field("offer", TEXTAREA).maxLength(3000).hint();
        f.section("declarations");
        f.field("declareNoEmployment", CONSENT).required();
        f.field("declareNoGuarantee", CONSENT).required();
        privacy(f);
        return f.build();
    }

    private static FormDefinition contact() {
        FormBuilder f = new FormBuilder(CONTACT, "/api/contact", FormKind.MESSAGE);
        f.section("contact");
        f.field("name", TEXT).required().length(1, 150).autocomplete("name");
        f.field("email", EMAIL).required().autocomplete("email");
        f.field("organisation", TEXT).maxLength(200).autocomplete("organization");
        f.field("role", RADIO).required().options(CONTACT_ROLES);
        f.field("replyLanguage", SELECT).required().options(SITE_LANGUAGES);
        f.section("message");
        f.field("subject", SELECT).required().options(CONTACT_SUBJECTS);
        f.field("message", TEXTAREA).required().length(20, 5000);
        privacy(f);
        return f.build();
    }

    private static FormDefinition buildCheck() {
        FormBuilder f = new FormBuilder(CHECK, "/api/check", FormKind.CHECK);
        f.section("check");
        f.field("side", RADIO).required().options(CHECK_SIDES);
        f.field("country", SELECT).required().options(APPLICATION_COUNTRIES);
        f.field("legalForm", RADIO).required().options(LEGAL_FORMS);
        f.field("headcount", INTEGER).required().range(0, 1_000_000).hint().when("side", "send");
        f.field("smeThresholds", RADIO).required().options(YES_NO).when("side", "send");
        // Longer than the forms take, so that rule 7 can say why: the forms stop at 6 months.
        f.field("durationMonths", INTEGER).required().range(1, CHECK_MAX_MONTHS).hint().when("side", "send");
        f.field("experienceYears", INTEGER).required().range(0, 60).hint();
        f.field("activeDaily", RADIO).required().options(YES_NO).when("side", "host");
        return f.build();
    }

    private static void company(FormBuilder f) {
        f.section("company");
        f.field("legalName", TEXT).required().length(2, 200).autocomplete("organization");
        f.field("country", SELECT).required().options(APPLICATION_COUNTRIES);
        f.field("vatNumber", VAT).required().length(5, 20).hint();
        f.field("legalForm", RADIO).required().options(LEGAL_FORMS);
    }

    /** One name field, not first and last: names do not split the same way in every culture. */
    private static void contactPerson(FormBuilder f) {
        f.section("contactPerson");
        f.field("name", TEXT).required().length(1, 150).autocomplete("name");
        f.field("email", EMAIL).required().autocomplete("email");
    }

    /** What the rules need about a participant; names and e-mail addresses the contact point asks for later. */
    private static void participant(FormBuilder f, int n) {
        String p = "p" + n;
        f.section("participant" + n);
        var shared = List.of(
                f.field(p + "Role", RADIO).required().options(PARTICIPANT_ROLES),
                f.field(p + "FullTime", RADIO).required().options(YES_NO)
                        .when(p + "Role", "employee", "manager"),
                f.field(p + "StartDate", DATE).required().dates(DateBound.yearsAgo(70), DateBound.today()).hint(),
                f.field(p + "ExperienceYears", INTEGER).required().range(0, 60));
        if (n > 1) {
            // The page says when each of these applies, from the condition (also without JavaScript).
            // Full-time applies when the role says so; the role itself only with a second participant.
            shared.stream().filter(field -> !field.conditionalAlready())
                    .forEach(field -> field.when("participantCount", String.valueOf(n)));
        }
    }

    private static void goals(FormBuilder f) {
        f.field("goals", CHECKBOXES).required().options(GOALS).items(1, GOALS.values().size());
    }

    private static void privacy(FormBuilder f) {
        f.section("privacy");
        f.field("privacyNotice", CONSENT).required();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
