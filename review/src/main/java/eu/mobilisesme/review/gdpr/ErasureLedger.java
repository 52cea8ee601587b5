package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.sheet.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The people erased so far, so that an old export never brings them back: one line per erasure with a keyed hash
 * (HMAC-SHA256 under a random key kept in the file) of the normalised e-mail address and the time of the erasure.
 * No address or name is stored. The key makes the hashes useless without the file, and different in every ledger.
 * Only submissions received up to the erasure are affected, so a person who writes again later is seen again.
 */
public final class ErasureLedger {

    static final String HEADER = "# MobiliseSME staff review: erasure ledger. Keyed hashes (HMAC-SHA256) of erased "
            + "e-mail addresses and the time of each erasure; no personal data. Do not edit: see "
            + "docs/staff-review.md.";
    private static final String KEY = "key ";
    private static final String ALGORITHM = "HmacSHA256";

    private final Path file;
    private final byte[] key;
    private final Map<String, Instant> erased;

    private ErasureLedger(Path file, byte[] key, Map<String, Instant> erased) {
        this.file = file;
        this.key = key;
        this.erased = erased;
    }

    /** The ledger in {@code file}; a file that does not exist yet is an empty ledger, written at the first erasure. */
    public static ErasureLedger load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return new ErasureLedger(file, key, new LinkedHashMap<>());
        } catch (IOException e) {
            throw ReviewException.of(ExitCode.IO, e, "error.ledgerUnreadable", file, e.getMessage());
        }
        byte[] key = null;
        Map<String, Instant> erased = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith(KEY) && key == null) {
                    key = Base64.getDecoder().decode(line.substring(KEY.length()).strip());
                    continue;
                }
                String[] parts = line.split(" ");
                if (parts.length != 2 || key == null) {
                    throw new IllegalArgumentException(line);
                }
                HexFormat.of().parseHex(parts[0]);
                erased.merge(parts[0], Instant.parse(parts[1]), (a, b) -> a.isAfter(b) ? a : b);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw damaged(file, i + 1);
            }
        }
        if (key == null || key.length < 16) {
            throw damaged(file, lines.size());
        }
        return new ErasureLedger(file, key, erased);
    }

    private static ReviewException damaged(Path file, int line) {
        return ReviewException.of(ExitCode.IO, null, "error.ledgerDamaged", file, String.valueOf(line));
    }

    public Path file() {
        return file;
    }

    public boolean isEmpty() {
        return erased.isEmpty();
    }

    public int size() {
        return erased.size();
    }

    /** When this address was erased last, if ever. */
    public Optional<Instant> erasedAt(String address) {
        return Optional.ofNullable(erased.get(hash(address)));
    }

    /** Records the erasure of {@code address} at {@code at}, writing the whole file anew so it is never half written. */
    public void record(String address, Instant at) {
        erased.merge(hash(address), at, (a, b) -> a.isAfter(b) ? a : b);
        List<String> lines = new ArrayList<>(List.of(HEADER, KEY + Base64.getEncoder().encodeToString(key)));
        erased.forEach((hash, time) -> lines.add(hash + " " + time));
        Path temp = OutputFiles.temporaryFor(file);
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(temp);
            throw OutputFiles.cannotWrite(file, e);
        }
        OutputFiles.moveIntoPlace(temp, file);
    }

    /**
     * Recognises the erased people in a submission received at {@code receivedAt}: a value is theirs when it is
     * an address erased at or after that time. Without a time every erasure counts.
     */
    public Predicate<String> erasedAfter(Optional<Instant> receivedAt) {
        return value -> {
            if (erased.isEmpty() || value == null || value.length() > 320 || value.indexOf('@') < 1) {
                return false;
            }
            Instant at = erased.get(hash(value));
            return at != null && (receivedAt.isEmpty() || !receivedAt.get().isAfter(at));
        };
    }

    String hash(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(PersonMatcher.normalise(address)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
