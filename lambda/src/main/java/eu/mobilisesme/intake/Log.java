package eu.mobilisesme.intake;

import java.util.Map;

/**
 * One JSON line per request on standard output, which Lambda's JSON log format keeps as is. Only what identifies
 * the request and its outcome is logged: never a field value.
 */
public final class Log {

    private Log() {
    }

    public static void event(Map<String, String> entries) {
        StringBuilder line = new StringBuilder(128).append('{');
        entries.forEach((name, value) -> {
            if (line.length() > 1) {
                line.append(',');
            }
            line.append('"').append(name).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        });
        System.out.println(line.append('}'));
    }
}
