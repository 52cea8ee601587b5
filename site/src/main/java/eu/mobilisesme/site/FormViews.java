package eu.mobilisesme.site;

import eu.mobilisesme.forms.Condition;
import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FieldType;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.FormKind;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.OptionSet;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.http.FormEndpoint;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Turns the backend's form definitions into {@link FormView}s in one language. */
final class FormViews {

    static final FormView.Meta META = new FormView.Meta(FormEndpoint.FORM, FormEndpoint.LANG,
            FormEndpoint.SUBMISSION_ID, FormEndpoint.ELAPSED, FormEndpoint.HONEYPOT);

    /** Texts the script shows, by the name it looks them up with, and the bundle key they come from. */
    private static final Map<String, String> SCRIPT_STRINGS = scriptStrings();

    private static final Set<FieldType> TEXT_LIKE =
            Set.of(FieldType.TEXT, FieldType.EMAIL, FieldType.TEL, FieldType.URL, FieldType.VAT, FieldType.TEXTAREA);

    private final FormTexts texts;
    private final Collator collator;

    FormViews(FormTexts texts) {
        this.texts = texts;
        this.collator = Collator.getInstance(Locale.forLanguageTag(texts.lang()));
    }

    List<FormView> all() {
        return Forms.all().stream().map(this::view).toList();
    }

    /**
     * The short eligibility check: its own texts ({@code check.<field>.*}) and ids ({@code check-<field>}), so
     * that it can stand above a form that asks the same questions.
     */
    CheckView check() {
        return new CheckView(view(Forms.check()), texts.get("form.check.intro"), texts.get("check.result.title"),
                texts.get("check.result.reasons"), texts.get("check.result.stored"), texts.get("problem.validation"),
                texts.get("ui.network"), texts.get("ui.sending"));
    }

    FormView view(FormDefinition form) {
        boolean check = form.kind() == FormKind.CHECK;
        List<FormView.Section> sections = new ArrayList<>();
        form.sections().forEach((name, fields) -> {
            Set<Condition> conditions = new HashSet<>();
            fields.forEach(f -> conditions.add(f.shownWhen()));
            Condition shared = conditions.size() == 1 ? conditions.iterator().next() : null;
            // The check says in its own words which side a question is for; the forms say it from the condition.
            List<FormView.Field> views = fields.stream().map(f -> field(f, check, check ? checkAppliesWhen(f)
                    : shared != null ? null : appliesWhen(form, f.shownWhen()))).toList();
            sections.add(new FormView.Section(name, check ? texts.get("form.check.title")
                    : texts.get("section." + name), views,
                    shared == null ? null : shared.field(), shared == null ? null : values(shared),
                    check ? null : appliesWhen(form, shared)));
        });
        List<FormView.Outcome> outcomes = Stream.of(Outcome.values())
                .map(outcome -> new FormView.Outcome(outcome.code(), texts.get("outcome." + outcome.code())))
                .toList();
        return new FormView(form.id(), form.endpoint(), check ? "" : SitePaths.thanksPage(form.id(), texts.lang()),
                Forms.applicationForms().contains(form.id()),
                texts.get("form." + form.id() + ".title"), texts.get("form." + form.id() + ".submit"),
                texts.get("ui.required"), texts.get("ui.choose"), texts.get("ui.errorSummary"),
                List.copyOf(sections), outcomes, texts.get("ui.reference"), scriptStringsJson(), META,
                check ? "" : FormRules.json(form, texts),
                SitePaths.privacyNotice(texts.lang()), texts.get("ui.privacyLink"));
    }

    /** "Only if you send staff.": shown where the visitor chooses the side, left out above a form (_check.ftl). */
    private Text checkAppliesWhen(Field f) {
        return f.conditional() ? texts.get("check." + f.name() + ".when") : null;
    }

    /** "Answer only if you chose “Yes” for “Do you already know a host?”", from the condition itself. */
    private Text appliesWhen(FormDefinition form, Condition when) {
        if (when == null) {
            return null;
        }
        Field question = form.field(when.field()).orElseThrow(() ->
                new IllegalStateException(form.id() + ": a condition names no field of the form: " + when.field()));
        Text pattern = texts.get("ui.appliesWhen");
        Text label = texts.get("field." + question.name() + ".label");
        List<Text> answers = question.optionValues().stream().filter(when.values()::contains)
                .map(value -> texts.option(question.options(), value)).toList();
        String answer = String.join(" / ", answers.stream().map(Text::value).toList());
        boolean ownLanguage = pattern.lang().equals(texts.lang()) && label.lang().equals(texts.lang())
                && answers.stream().allMatch(a -> a.lang().equals(texts.lang()));
        return new Text(pattern.value().replace("{answer}", answer).replace("{question}", label.value()),
                ownLanguage ? texts.lang() : "en");
    }

    private FormView.Field field(Field f, boolean check, Text appliesWhen) {
        String id = (check ? "check-" : "f-") + f.name();
        String prefix = check ? "check." : "field.";
        FieldType type = f.type();
        String control = switch (type) {
            case TEXTAREA -> "textarea";
            case SELECT -> "select";
            case RADIO -> "radios";
            case CHECKBOXES -> "checkboxes";
            case CONSENT -> "consent";
            default -> "input";
        };
        boolean textLike = TEXT_LIKE.contains(type);
        boolean requiredAttribute = f.required() && !f.conditional() && type != FieldType.CHECKBOXES;
        Condition when = f.shownWhen();
        return new FormView.Field(f.name(), id, control, type.htmlInputType(), texts.get(prefix + f.name() + ".label"),
                f.hasHint() ? texts.get(prefix + f.name() + ".hint") : null,
                f.required(), requiredAttribute,
                textLike ? f.minLength() : 0, textLike ? f.maxLength() : 0,
                type == FieldType.INTEGER ? f.min() : null,
                type == FieldType.INTEGER && !f.maxIsCurrentYear() ? f.max() : null,
                f.maxIsCurrentYear(),
                f.earliest() == null ? null : f.earliest().offset().toString(),
                f.latest() == null ? null : f.latest().offset().toString(),
                f.autocomplete(),
                when == null ? null : when.field(), when == null ? null : values(when),
                options(f, id), appliesWhen);
    }

    private List<FormView.Option> options(Field f, String id) {
        if (!f.type().hasOptions()) {
            return List.of();
        }
        OptionSet set = f.options();
        List<FormView.Option> options = new ArrayList<>();
        for (String value : set.values()) {
            options.add(new FormView.Option(value, id + "-" + value, texts.option(set, value)));
        }
        if (set.labelSource() != OptionSet.LabelSource.BUNDLE) {
            // Country and language names read best in the alphabetical order of the page's language.
            options.sort(Comparator.comparing(o -> o.label().value(), collator));
        }
        return List.copyOf(options);
    }

    private static String values(Condition condition) {
        return String.join(" ", new TreeSet<>(condition.values()));
    }

    private String scriptStringsJson() {
        StringBuilder json = new StringBuilder("{");
        SCRIPT_STRINGS.forEach((name, key) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(Json.string(name)).append(':').append(Json.string(texts.get(key).value()));
        });
        return json.append('}').toString();
    }

    private static Map<String, String> scriptStrings() {
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("errorSummary", "ui.errorSummary");
        strings.put("sending", "ui.sending");
        strings.put("retry", "ui.retry");
        strings.put("network", "ui.network");
        strings.put("validation", "problem.validation");
        strings.put("requestFailed", "problem.request");
        strings.put("tooLarge", "error.BODY_TOO_LARGE");
        strings.put("unavailable", "error.STORAGE_UNAVAILABLE");
        return strings;
    }
}
