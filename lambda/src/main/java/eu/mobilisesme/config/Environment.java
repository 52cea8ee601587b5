package eu.mobilisesme.config;

import java.util.Map;
import java.util.Optional;

/**
 * How every function reads its environment: a blank variable counts as unset, values are stripped, and a missing
 * or malformed setting stops the start with a message that names the variable (never its value when secret).
 */
public final class Environment {

    private Environment() {
    }

    public static String require(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> missing(name));
    }

    public static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static IllegalStateException missing(String name) {
        return new IllegalStateException("Missing setting " + name + ": set the environment variable " + name);
    }

    public static IllegalStateException malformed(String name, String why) {
        return new IllegalStateException("Malformed setting " + name + ": " + why);
    }
}
