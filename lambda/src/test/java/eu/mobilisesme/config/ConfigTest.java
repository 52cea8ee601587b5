package eu.mobilisesme.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

    static Map<String, String> valid() {
        return new HashMap<>(Map.of("TABLE_NAME", "submissions", "ALLOWED_ORIGINS",
                "https://www.example.eu, https://d1.cloudfront.net", "RETENTION_DAYS", "365", "AWS_REGION", "eu-west-1"));
    }

    @Test
    void a_complete_environment_is_read_once_into_typed_settings() {
        Config config = Config.from(valid());

        assertThat(config.tableName()).isEqualTo("submissions");
        assertThat(config.allowedOrigins()).containsExactlyInAnyOrder("https://www.example.eu",
                "https://d1.cloudfront.net");
        assertThat(config.retention()).isEqualTo(Duration.ofDays(365));
        assertThat(config.dynamoDbEndpoint()).isEmpty();
        assertThat(config.callWindow()).isEmpty();
        assertThat(config.originSecret()).as("off unless set").isEmpty();
    }

    @Test
    void an_origin_secret_is_read_and_never_shown() {
        Map<String, String> env = valid();
        env.put("ORIGIN_SECRET", "Abcdefghijklmnopqrstuvwxyz0123456789ABCD");

        Config config = Config.from(env);

        assertThat(config.originSecret()).contains("Abcdefghijklmnopqrstuvwxyz0123456789ABCD");
        assertThat(config.toString()).doesNotContain("Abcdefghij").contains("originSecret=(set)");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"short-secret",
            "with a space in it, long enough to pass the length",
            "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"
                    + "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"})
    void a_weak_or_odd_origin_secret_stops_the_start_without_showing_it(String secret) {
        Map<String, String> env = valid();
        env.put("ORIGIN_SECRET", secret);

        assertThatThrownBy(() -> Config.from(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Malformed setting ORIGIN_SECRET").hasMessageNotContaining(secret);
    }

    @ParameterizedTest
    @CsvSource({"TABLE_NAME", "ALLOWED_ORIGINS", "RETENTION_DAYS", "AWS_REGION"})
    void a_missing_setting_stops_the_start_and_is_named(String name) {
        Map<String, String> env = valid();
        env.remove(name);

        assertThatThrownBy(() -> Config.from(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Missing setting " + name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RETENTION_DAYS|0", "RETENTION_DAYS|a year", "RETENTION_DAYS|-5",
            "ALLOWED_ORIGINS|*", "ALLOWED_ORIGINS|https://example.eu/", "ALLOWED_ORIGINS|example.eu",
            "ALLOWED_ORIGINS|https://example.eu/path", "DYNAMODB_ENDPOINT|not a url",
            "CALL_WINDOW|2027-01-01", "CALL_WINDOW|2027-06-30/2027-01-01", "CALL_WINDOW|soon/later"})
    void a_malformed_setting_stops_the_start_and_is_named(String name, String value) {
        Map<String, String> env = valid();
        env.put(name, value);

        assertThatThrownBy(() -> Config.from(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Malformed setting " + name);
    }

    @Test
    void a_local_endpoint_needs_no_region() {
        Map<String, String> env = valid();
        env.remove("AWS_REGION");
        env.put("DYNAMODB_ENDPOINT", "http://127.0.0.1:4567");

        assertThat(Config.from(env).region()).isEqualTo("eu-west-1");
    }
}
