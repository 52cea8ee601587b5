package eu.mobilisesme.http;

import eu.mobilisesme.forms.JsonTypes;
import java.util.List;
import java.util.Map;

/** Field values in arrival order, and the JSON shapes other than strings they came in. */
record ParsedBody(Map<String, List<String>> values, JsonTypes types) {
}
