package eu.mobilisesme.config;

import eu.mobilisesme.forms.eligibility.CallWindow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of the eligibility check function, read once from the environment with the same rules as
 * {@link Config}'s: who may post, the open call and the origin secret. No table: the check stores nothing.
 */
public record CheckConfig(Set<String> allowedOrigins, Optional<CallWindow> callWindow, Optional<String> originSecret) {

    public static final List<String> REQUIRED_VARIABLES = List.of(Config.ALLOWED_ORIGINS);
    public static final List<String> OPTIONAL_VARIABLES = List.of(Config.CALL_WINDOW, Config.ORIGIN_SECRET);

    public CheckConfig {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public static CheckConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static CheckConfig from(Map<String, String> env) {
        return new CheckConfig(
                Config.origins(Environment.require(env, Config.ALLOWED_ORIGINS)),
                Environment.optional(env, Config.CALL_WINDOW).map(Config::callWindow),
                Environment.optional(env, Config.ORIGIN_SECRET).map(Config::originSecret));
    }

    /** Without the secret's value, so that it never reaches a log. */
    @Override
    public String toString() {
        return "CheckConfig[allowedOrigins=" + allowedOrigins + ", callWindow=" + callWindow + ", originSecret="
                + originSecret.map(s -> "(set)").orElse("(off)") + "]";
    }
}
