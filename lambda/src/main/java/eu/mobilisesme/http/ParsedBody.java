package eu.mobilisesme.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Field values in arrival order, and the fields whose JSON value had a shape no form field takes. */
record ParsedBody(Map<String, List<String>> values, Set<String> mistyped) {
}
