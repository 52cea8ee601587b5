package eu.mobilisesme.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notify function refuses to start on a missing or malformed setting, and names it. */
class NotifySettingsTest {

    private static Map<String, String> valid() {
        Map<String, String> env = new HashMap<>(Map.of(NotifySettings.TABLE_NAME, "t",
                NotifySettings.STAFF_EMAIL, "staff@example.eu", NotifySettings.STAFF_LANG, "es",
                NotifySettings.SENDER_EMAIL, "no-reply@example.eu", NotifySettings.RESPONSE_DAYS, "10",
                NotifySettings.SITE_URL, "https://www.example.eu/", NotifySettings.AWS_REGION, "eu-west-1"));
        return env;
    }

    @Test
    void valid_settings_are_read_once_with_the_site_url_without_its_slash() {
        NotifySettings settings = NotifySettings.from(valid());
        assertThat(settings.siteUrl()).isEqualTo("https://www.example.eu");
        assertThat(settings.staffLang()).isEqualTo("es");
        assertThat(settings.configurationSet()).isEmpty();
        assertThat(settings.responseDays()).isEqualTo(10);
    }

    @Test
    void an_address_setting_with_a_line_break_is_refused() {
        Map<String, String> env = valid();
        env.put(NotifySettings.STAFF_EMAIL, "staff@example.eu\r\nBcc: x@example.eu");
        assertThatThrownBy(() -> NotifySettings.from(env)).hasMessageContaining(NotifySettings.STAFF_EMAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STAFF_EMAIL | ",
            "STAFF_EMAIL | Staff <staff@example.eu>",
            "SENDER_EMAIL | not an address",
            "STAFF_LANG | it",
            "RESPONSE_DAYS | 0",
            "RESPONSE_DAYS | ten",
            "SITE_URL | https://www.example.eu/en/",
            "SITE_URL | ftp://www.example.eu",
            "TABLE_NAME | "})
    void a_missing_or_malformed_setting_stops_the_start_and_is_named(String name, String value) {
        Map<String, String> env = valid();
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        assertThatThrownBy(() -> NotifySettings.from(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name);
    }
}
