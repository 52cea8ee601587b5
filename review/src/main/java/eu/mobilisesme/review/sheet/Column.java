package eu.mobilisesme.review.sheet;

import eu.mobilisesme.forms.Field;

/**
 * One spreadsheet column: the attribute it shows, its header in the chosen language, and the form field behind it
 * (null for the meta columns and for {@code extra}).
 */
public record Column(String attribute, String header, Field field) {

    /** Not an attribute name: the column that holds unknown attributes as JSON. */
    public static final String EXTRA = "*extra";
}
