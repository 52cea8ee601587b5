package eu.mobilisesme.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field values in arrival order; the fields whose JSON value had a shape no form field takes (objects, nested
 * arrays); and the fields sent as JSON numbers or booleans, which only some field types accept.
 */
record ParsedBody(Map<String, List<String>> values, Set<String> mistyped, Set<String> numbers,
                  Set<String> booleans) {
}
