package eu.mobilisesme.site;

/**
 * The short eligibility check as a template renders it in one language: its questions as a {@link FormView}, and
 * the texts its script shows around the answer the backend sends (outcome, reasons and form link come from it).
 */
public record CheckView(FormView form, Text intro, Text resultTitle, Text reasons, Text stored, Text validation,
                        Text network, Text sending) {
}
