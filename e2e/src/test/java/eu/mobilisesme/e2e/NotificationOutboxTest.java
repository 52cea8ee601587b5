package eu.mobilisesme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.notify.NoticeTexts;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A submission sent in the browser leaves, in the preview's outbox, a confirmation in the page's language and a
 * staff notice, both with the reference the thank-you page showed.
 */
class NotificationOutboxTest extends InBrowsers {

    private static final String STAFF = "staff@contact-point.invalid";

    @ParameterizedTest(name = "sending form in {0}")
    @ValueSource(strings = {"es", "de"})
    void a_submission_leaves_a_confirmation_in_its_language_and_a_staff_notice_with_the_shown_reference(String lang)
            throws Exception {
        Map<String, java.util.List<String>> typed = Entries.with(Entries.valid(Forms.SENDING, lang),
                Map.of("email", List.of("e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")));
        String address = typed.get("email").get(0);
        Browser browser = browsers.withJavaScript();
        browser.open(site.url(SitePaths.formPage(Forms.SENDING, lang)));
        FormPage page = new FormPage(browser, Forms.SENDING);
        page.fill(typed);
        page.awaitMinimumFillTime();
        page.submit();
        String reference = ThankYouPage.await(browser, Forms.SENDING, lang).reference();

        MimeMessage confirmation = awaitMessage(address, reference);
        assertThat(confirmation.getSubject()).isEqualTo(NoticeTexts.of(lang)
                .format("subject.confirmation.application", Map.of("reference", reference)));
        assertThat(confirmation.getHeader("Content-Language")).containsExactly(lang);
        assertThat(confirmation.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        String body = (String) confirmation.getContent();
        assertThat(body).contains(reference, NoticeTexts.of(lang).get("confirmation.greeting"),
                Messages.of(lang).get("form.sending.title"))
                .doesNotContain(typed.get("legalName").get(0), typed.get("name").get(0), address);

        MimeMessage notice = awaitMessage(STAFF, reference);
        assertThat((String) notice.getContent()).contains(reference, typed.get("legalName").get(0));
    }

    /** Waits for the one message to the address about the reference: the notifier runs after the answer. */
    private static MimeMessage awaitMessage(String to, String reference) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : messages(site.preview().outbox())) {
                if (message.getHeader("To", ",").equals(to) && message.getSubject().contains(reference)) {
                    found.add(message);
                }
            }
            if (!found.isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(found).as("messages to " + to + " about " + reference + " in the outbox").hasSize(1);
                return found.get(0);
            }
            Thread.sleep(100);
        }
    }

    private static List<MimeMessage> messages(Path outbox) {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            List<MimeMessage> messages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    messages.add(new MimeMessage(Session.getInstance(new Properties()), in));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("an outbox file is not a message", e);
        }
    }
}
