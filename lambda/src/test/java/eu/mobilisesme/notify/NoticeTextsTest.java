package eu.mobilisesme.notify;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Outcome;
import eu.mobilisesme.forms.eligibility.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No e-mail text exists in one language only: every key in every bundle, and every message composes in each. */
class NoticeTextsTest {

    static List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_language_has_exactly_the_english_keys_and_no_empty_text(String lang) {
        NoticeTexts english = NoticeTexts.of("en");
        NoticeTexts texts = NoticeTexts.of(lang);
        assertThat(new TreeSet<>(texts.keys())).isEqualTo(new TreeSet<>(english.keys()));
        List<String> problems = new ArrayList<>();
        for (String key : english.keys()) {
            if (texts.get(key).isBlank()) {
                problems.add(key + " is empty");
            } else if (!placeholders(texts.get(key)).equals(placeholders(english.get(key)))) {
                problems.add(key + " has placeholders " + placeholders(texts.get(key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_key_the_composer_needs_exists(String lang) {
        Set<String> needed = new TreeSet<>(List.of("subject.staff", "subject.confirmation.application",
                "subject.confirmation.contact", "link.privacy", "staff.outcome.none"));
        for (Outcome outcome : Outcome.values()) {
            needed.add("staff.outcome." + outcome.code());
        }
        assertThat(NoticeTexts.of(lang).keys()).containsAll(needed);
        assertThat(NoticeTexts.of(lang).get("link.privacy")).startsWith("/" + lang + "/").endsWith("/");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_form_and_outcome_composes_in_every_language_with_no_placeholder_left(String lang) {
        NotifySettings settings = NotifySettings.from(Map.of(NotifySettings.TABLE_NAME, "t",
                NotifySettings.STAFF_EMAIL, "staff@example.eu", NotifySettings.STAFF_LANG, lang,
                NotifySettings.SENDER_EMAIL, "no-reply@example.eu", NotifySettings.RESPONSE_DAYS, "10",
                NotifySettings.SITE_URL, "https://www.example.eu", NotifySettings.AWS_REGION, "eu-west-1"));
        MessageComposer composer = new MessageComposer(settings);
        for (String form : List.of(Forms.SENDING, Forms.HOSTING, Forms.CONTACT)) {
            for (Outcome outcome : Outcome.values()) {
                Optional<EligibilityResult> eligibility = form.equals(Forms.CONTACT) ? Optional.empty()
                        : Optional.of(new EligibilityResult(outcome, Arrays.stream(Reason.values())
                                .filter(r -> r.outcome() == outcome).toList()));
                StoredSubmission s = new StoredSubmission("id", "MSME-0000-0000", form, lang,
                        Instant.parse("2026-12-02T09:30:00Z"), eligibility, Optional.of("a@example.eu"),
                        Optional.of("Name"), Optional.of("ES"), lang);
                for (Email email : List.of(composer.staffNotice(s), composer.confirmation(s).orElseThrow())) {
                    assertThat(email.subject() + email.body()).as(form + " " + outcome + " " + email.notice())
                            .doesNotContainPattern("\\{[a-z]+}").contains("MSME-0000-0000");
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{[a-z]+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
