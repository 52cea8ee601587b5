package eu.mobilisesme.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Turns an {@link Email} into MIME bytes with Jakarta Mail: addresses are parsed strictly by the library, the
 * subject is RFC 2047-encoded and folded by it, so no text ever reaches a header unencoded. Every message says
 * {@code Auto-Submitted: auto-generated} (RFC 3834), so that well-behaved auto-responders stay silent.
 */
public final class MimeMail {

    /** RFC 5321's limit on a path. */
    private static final int MAX_ADDRESS = 254;
    /**
     * Printable ASCII without spaces, the characters that make display names, groups or lists, or a second at-sign.
     * SES takes no internationalised local parts, so an address outside ASCII cannot be sent to anyway.
     */
    private static final String ADDRESS_PART = "[!-~&&[^\"(),:;<>\\[\\]\\\\@]]+";
    private static final Pattern PLAIN_ADDRESS = Pattern.compile(ADDRESS_PART + "@" + ADDRESS_PART);

    private final Session session;

    public MimeMail() {
        Properties properties = new Properties();
        // Message-ID's right-hand side from this name rather than a look-up of the machine's host name.
        properties.setProperty("mail.host", "mobilisesme.invalid");
        this.session = Session.getInstance(properties);
    }

    /** The recipient cannot take mail: a malformed address, which a retry will not mend. */
    public static final class UnusableAddressException extends Exception {
        UnusableAddressException(String message) {
            super(message, null, false, false);
        }
    }

    /** A parsed bare address, or empty when it is not one (too long, a display name, controls, groups). */
    static Optional<InternetAddress> address(String text) {
        if (text == null || text.length() > MAX_ADDRESS || !PLAIN_ADDRESS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address.getPersonal() == null && text.equals(address.getAddress()) ? Optional.of(address)
                    : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    public byte[] render(Email email, Instant now) throws UnusableAddressException {
        InternetAddress to = address(email.to())
                .orElseThrow(() -> new UnusableAddressException("recipient is not a usable address"));
        InternetAddress from = address(email.from())
                .orElseThrow(() -> new IllegalStateException("the sender setting is not a usable address"));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            // A reply-to the check refuses is left out: the message still goes, without it.
            Optional<InternetAddress> replyTo = email.replyTo().flatMap(MimeMail::address);
            if (replyTo.isPresent()) {
                message.setReplyTo(new InternetAddress[] {replyTo.get()});
            }
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("Content-Language", email.lang());
            message.setText(email.body(), StandardCharsets.UTF_8.name(), "plain");
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not write the message as MIME: " + e.getMessage(), e);
        }
    }
}
