package eu.mobilisesme.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fingerprint of a submission's normalised content: equal content, equal hash, whatever the field order. */
public final class PayloadHash {

    private PayloadHash() {
    }

    public static String of(String form, Map<String, List<String>> values) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        update(sha256, form);
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(values).entrySet()) {
            update(sha256, entry.getKey());
            for (String value : entry.getValue()) {
                update(sha256, value);
            }
            sha256.update((byte) 0x1e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
