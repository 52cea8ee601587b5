package eu.mobilisesme.notify;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the staff notice and the submitter's confirmation of a stored submission, every text from the bundles.
 * The confirmation repeats nothing the submitter typed: anyone can type someone else's address, so it must be
 * useless to a spammer. The staff notice shows the company or sender name, cleaned of control characters.
 */
public final class MessageComposer {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Code points of typed text shown in a staff notice; the full record is in the staff tool. */
    static final int MAX_TYPED_TEXT = 200;

    private final NotifySettings settings;

    public MessageComposer(NotifySettings settings) {
        this.settings = settings;
    }

    public Email staffNotice(StoredSubmission s) {
        String lang = settings.staffLang();
        NoticeTexts texts = NoticeTexts.of(lang);
        Messages messages = Messages.of(lang);
        Locale locale = messages.locale();
        String form = messages.get("form." + s.form() + ".title");
        StringBuilder body = new StringBuilder(1024);
        body.append(texts.get("staff.intro")).append("\n\n");
        line(body, texts.get("staff.reference"), s.reference());
        line(body, texts.get("staff.form"), form);
        line(body, texts.get("staff.received"), received(s, locale) + " (" + texts.get("staff.brusselsTime") + ")");
        line(body, texts.get("staff.country"), s.country().map(code -> country(code, locale))
                .orElse(texts.get("staff.notGiven")));
        line(body, texts.get(isContact(s) ? "staff.name.contact" : "staff.name.application"),
                s.name().map(MessageComposer::typed).orElse(texts.get("staff.notGiven")));
        line(body, texts.get("staff.eligibility"), s.eligibility()
                .map(e -> texts.get("staff.outcome." + e.outcome().code())).orElse(texts.get("staff.outcome.none")));
        s.eligibility().filter(e -> !e.reasons().isEmpty()).ifPresent(e -> {
            body.append(texts.get("staff.reasons")).append(":\n");
            reasons(body, e, messages);
        });
        line(body, texts.get("staff.submittedIn"), language(s.lang(), locale));
        line(body, texts.get("staff.replyLang"), language(s.replyLang(), locale));
        body.append('\n').append(texts.get("staff.fullRecord")).append('\n')
                .append("  ").append(reviewCommand(s)).append("\n\n")
                .append(texts.get("staff.footer")).append('\n');
        return new Email(Notice.STAFF, s.id(), settings.senderEmail(), settings.staffEmail(), s.email(),
                texts.format("subject.staff", Map.of("reference", s.reference(), "form", form)),
                body.toString(), lang);
    }

    /** The confirmation, or empty when the submission holds no address to send it to. */
    public Optional<Email> confirmation(StoredSubmission s) {
        if (s.email().isEmpty()) {
            return Optional.empty();
        }
        String lang = s.lang();
        NoticeTexts texts = NoticeTexts.of(lang);
        Messages messages = Messages.of(lang);
        String form = messages.get("form." + s.form() + ".title");
        String kind = isContact(s) ? "contact" : "application";
        Map<String, String> values = Map.of("reference", s.reference(), "form", form,
                "received", received(s, messages.locale()), "days", Integer.toString(settings.responseDays()));
        StringBuilder body = new StringBuilder(1024);
        body.append(texts.get("confirmation.greeting")).append("\n\n")
                .append(texts.format("confirmation.received." + kind, values)).append("\n\n")
                .append(texts.format("confirmation.reference", values)).append("\n\n")
                .append(texts.format("confirmation.next." + kind, values)).append("\n\n");
        s.eligibility().ifPresent(e -> {
            body.append(texts.get("confirmation.eligibility")).append('\n')
                    .append(messages.get("outcome." + e.outcome().code())).append('\n');
            reasons(body, e, messages);
            body.append('\n');
        });
        body.append(texts.format("confirmation.privacy", Map.of("url", settings.siteUrl() + texts.get("link.privacy"))))
                .append('\n')
                .append(texts.format("confirmation.contact",
                        Map.of("url", settings.siteUrl() + SitePaths.formPage(Forms.CONTACT, lang))))
                .append("\n\n")
                .append(texts.get("confirmation.notYou")).append("\n\n")
                .append("-- \n").append(texts.get("confirmation.signature")).append('\n');
        return Optional.of(new Email(Notice.CONFIRMATION, s.id(), settings.senderEmail(), s.email().get(),
                Optional.of(settings.staffEmail()),
                texts.format("subject.confirmation." + kind, values), body.toString(), lang));
    }

    /**
     * The staff's digest of one Brussels day: a line per submission (reference, time, form, country, company or
     * sender name, outcome) and the staff-tool command for the day's full records.
     */
    public Email digest(LocalDate day, List<StoredSubmission> submissions) {
        String lang = settings.staffLang();
        NoticeTexts texts = NoticeTexts.of(lang);
        Messages messages = Messages.of(lang);
        Locale locale = messages.locale();
        String count = submissions.size() == 1 ? "one" : "other";
        Map<String, String> values = Map.of("day", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale).format(day), "count", Integer.toString(submissions.size()));
        StringBuilder body = new StringBuilder(256 + 160 * submissions.size());
        body.append(texts.format("digest.count." + count, values)).append("\n\n");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        for (StoredSubmission s : submissions) {
            body.append("- ").append(String.join(" | ", s.reference(),
                    time.format(s.receivedAt().atZone(BRUSSELS)),
                    messages.get("form." + s.form() + ".title"),
                    s.country().map(code -> country(code, locale)).orElse(texts.get("staff.notGiven")),
                    s.name().map(MessageComposer::typed).orElse(texts.get("staff.notGiven")),
                    s.eligibility().map(e -> texts.get("staff.outcome." + e.outcome().code()))
                            .orElse(texts.get("staff.outcome.none")))).append('\n');
        }
        String date = day.toString();
        body.append('\n').append(texts.get("digest.fullRecords")).append('\n')
                .append("  java -jar review.jar sheets --table ").append(settings.tableName())
                .append(" --from ").append(date).append(" --to ").append(date).append(" --lang ").append(lang)
                .append("\n\n").append(texts.get("digest.footer")).append('\n');
        return new Email(Notice.DIGEST, DailyDigest.key(day), settings.senderEmail(), settings.staffEmail(),
                Optional.empty(), texts.format("subject.digest." + count, values), body.toString(), lang);
    }

    /** The staff tool's command that lists the submission's day of its form; no typed text, so safe to paste. */
    String reviewCommand(StoredSubmission s) {
        String day = s.receivedAt().atZone(BRUSSELS).toLocalDate().toString();
        return "java -jar review.jar sheets --table " + settings.tableName() + " --form " + s.form()
                + " --from " + day + " --to " + day + " --lang " + settings.staffLang();
    }

    private static boolean isContact(StoredSubmission s) {
        return Forms.CONTACT.equals(s.form());
    }

    private static void line(StringBuilder body, String label, String value) {
        body.append(label).append(": ").append(value).append('\n');
    }

    private static void reasons(StringBuilder body, EligibilityResult result, Messages messages) {
        for (Reason reason : result.reasons()) {
            body.append("- ").append(messages.get("eligibility." + reason.name())).append('\n');
        }
    }

    private static String received(StoredSubmission s, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(s.receivedAt().atZone(BRUSSELS).toLocalDateTime());
    }

    private static String country(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? typed(code) : name;
    }

    private static String language(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    /**
     * Typed text as one harmless line: control, format (bidi, zero-width) and line-separator characters become
     * spaces, and it is cut to {@link #MAX_TYPED_TEXT} code points. It only ever goes into a staff notice's body.
     */
    static String typed(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_TYPED_TEXT + 1L).forEach(cp -> {
            int type = Character.getType(cp);
            boolean unsafe = Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            out.appendCodePoint(unsafe ? ' ' : cp);
        });
        String line = out.toString().strip();
        if (line.codePointCount(0, line.length()) > MAX_TYPED_TEXT) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_TYPED_TEXT)) + "…";
        }
        return line;
    }
}
