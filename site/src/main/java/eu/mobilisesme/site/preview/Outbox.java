package eu.mobilisesme.site.preview;

import eu.mobilisesme.notify.Email;
import eu.mobilisesme.notify.MailSender;
import eu.mobilisesme.notify.Notice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's SES: each message, exactly as it would be sent, becomes an {@code .eml} file (any mail client opens
 * one) in the outbox folder, and one line on the console says so.
 */
final class Outbox implements MailSender {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final AtomicInteger count = new AtomicInteger();

    Outbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    @Override
    public String send(Email email, byte[] mime) {
        String name = STAMP.format(clock.instant()) + "-" + String.format("%04d", count.incrementAndGet() % 10_000)
                + "-" + (email.notice() == Notice.STAFF ? "staff" : "confirmation") + "-" + email.lang() + ".eml";
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            // Written aside, then moved: whoever watches the folder never reads half a message.
            Path partial = folder.resolve(name + ".part");
            Files.write(partial, mime, StandardOpenOption.CREATE_NEW);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SendFailedException("could not write " + file + ": " + e.getMessage(), e);
        }
        System.out.println("E-mail (" + (email.notice() == Notice.STAFF ? "staff notice" : "confirmation") + ", "
                + email.lang() + ") written to " + file);
        return name;
    }
}
