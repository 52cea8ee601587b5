package eu.mobilisesme.site;

/**
 * A text shown on a page and the language it is written in. It differs from the page's language only while a
 * translation is missing (the English text stands in); templates then mark it with its own {@code lang}.
 */
public record Text(String value, String lang) {
}
