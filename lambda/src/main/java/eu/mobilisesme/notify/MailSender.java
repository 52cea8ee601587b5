package eu.mobilisesme.notify;

/** Where a rendered message goes: SES on AWS and in the tests, the outbox folder in the local preview. */
public interface MailSender {

    /**
     * Hands one message over for delivery.
     *
     * @param mime the whole message, as {@link MimeMail} wrote it
     * @return the id the service gave the message
     * @throws SendFailedException when the message may not have been accepted; the caller retries later
     */
    String send(Email email, byte[] mime);

    /** The message was not accepted (service down, throttled, refused); worth a later retry. */
    final class SendFailedException extends RuntimeException {
        public SendFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
