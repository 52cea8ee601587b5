package eu.mobilisesme.notify;

import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends through SES v2 as raw MIME, from the configured identity and with the configured configuration set, to
 * exactly the message's one recipient (the envelope is given explicitly, never read from the headers).
 */
public final class SesMailSender implements MailSender {

    private final SesV2Client client;
    private final Optional<String> configurationSet;

    public SesMailSender(SesV2Client client, Optional<String> configurationSet) {
        this.client = client;
        this.configurationSet = configurationSet;
    }

    @Override
    public String send(Email email, byte[] mime) {
        try {
            return client.sendEmail(SendEmailRequest.builder()
                    .fromEmailAddress(email.from())
                    .destination(d -> d.toAddresses(email.to()))
                    .content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(mime))))
                    .configurationSetName(configurationSet.orElse(null))
                    .build()).messageId();
        } catch (SdkException e) {
            throw new SendFailedException("SES refused or failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
