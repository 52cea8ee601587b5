package eu.mobilisesme.site;

import java.util.List;

/**
 * A form as a template renders it in one language: the definition's fields with their texts resolved. Built by
 * {@link FormViews} from the backend's definitions and bundles, so nothing here is written twice.
 *
 * @param application true for the forms posted to the shared apply endpoint, which need the hidden {@code form} field
 * @param scriptStrings the texts the page's script needs, as a JSON object (safe inside a script element)
 * @param rules what the script checks before sending, as a JSON object ({@link FormRules}); empty for the check
 */
public record FormView(String id, String endpoint, String thanksPage, boolean application, Text title, Text submit, Text required,
                       Text choose, Text errorSummary, List<Section> sections, List<Outcome> outcomes, Text reference,
                       String scriptStrings, Meta meta, String rules, String privacyPage, Text privacyLink) {

    /** Names of the fields every form carries besides its definition's (see the backend's FormEndpoint). */
    public record Meta(String form, String lang, String submissionId, String elapsed, String honeypot) {
    }

    /**
     * A fieldset; {@code shownWhenField} is set when every field in it shares one condition, and {@code appliesWhen}
     * then says in words when the section applies.
     */
    public record Section(String name, Text legend, List<Field> fields, String shownWhenField,
                          String shownWhenValues, Text appliesWhen) {

        public String appliesWhenId() {
            return "section-" + name + "-when";
        }
    }

    /**
     * One field. {@code control} is input, textarea, select, radios, checkboxes or consent.
     * {@code requiredAttribute} is false for conditional fields (they may be hidden) and checkbox groups (HTML has no
     * "at least one" attribute); {@code required} still marks them in the label's text.
     * {@code earliest}/{@code latest} are ISO-8601 periods from today for the script: absolute dates would age.
     * {@code appliesWhen} says in words when a conditional field applies (null when its section says it already),
     * so that the page is clear without its script too.
     */
    public record Field(String name, String id, String control, String inputType, Text label, Text hint,
                        boolean required, boolean requiredAttribute, int minLength, int maxLength, Long min, Long max,
                        boolean maxIsCurrentYear, String earliest, String latest, String autocomplete,
                        String shownWhenField, String shownWhenValues, List<Option> options, Text appliesWhen) {

        public String hintId() {
            return id + "-hint";
        }

        public String appliesWhenId() {
            return id + "-when";
        }
    }

    public record Option(String value, String id, Text label) {
    }

    /** The eligibility outcome paragraph a thank-you page shows for {@code ?outcome=code}. */
    public record Outcome(String code, Text message) {
    }
}
