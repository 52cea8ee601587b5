package eu.mobilisesme.review.sheet;

import eu.mobilisesme.forms.Field;

/**
 * One spreadsheet column: the attribute it shows, its header in the chosen language, the form field behind it
 * (null for the meta columns and for {@code extra}), and a short header for the workbook, whose full header (the
 * whole question) goes into the header cell's comment. CSV files, which have no comments, use the full header.
 */
public record Column(String attribute, String header, Field field, String shortHeader) {

    /** Not an attribute name: the column that holds unknown attributes as JSON. */
    public static final String EXTRA = "*extra";

    /** A column whose header is short already. */
    public Column(String attribute, String header, Field field) {
        this(attribute, header, field, header);
    }
}
