package eu.mobilisesme.review.bench;

import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.forms.eligibility.EligibilityResult;
import eu.mobilisesme.forms.eligibility.Reason;
import eu.mobilisesme.review.items.DynamoJson;
import eu.mobilisesme.submission.References;
import eu.mobilisesme.submission.Submission;
import eu.mobilisesme.submission.SubmissionItemMapper;
import eu.mobilisesme.testing.Samples;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Benchmark input: writes {@code count} submissions as a full Export to S3 folder, streaming (nothing held in
 * memory), spread over several data files in random order, with realistic text lengths and real manifests.
 * Usage: {@code GenerateExport <folder> <count>}; see {@code review/bench.sh}.
 */
public final class GenerateExport {

    private static final int FILES = 8;
    private static final List<String> COUNTRIES = List.of("ES", "BE", "FR", "NL", "DE", "IT", "PL", "PT", "GB", "LI");

    private GenerateExport() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String exportId = "01700000000000-bench" + count;
        Instant exported = Instant.parse("2026-11-20T10:00:00Z");
        Path folder = root.resolve("AWSDynamoDB").resolve(exportId);
        Files.createDirectories(folder.resolve("data"));
        Random random = new Random(42);
        List<Writer> writers = new ArrayList<>();
        List<MessageDigest> digests = new ArrayList<>();
        long[] counts = new long[FILES];
        for (int f = 0; f < FILES; f++) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            OutputStream file = new DigestOutputStream(Files.newOutputStream(folder.resolve("data/part-" + f
                    + ".json.gz")), md5);
            writers.add(new java.io.OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8));
            digests.add(md5);
        }
        for (int i = 0; i < count; i++) {
            int f = random.nextInt(FILES);
            writers.get(f).write("{\"Item\":" + DynamoJson.toLine(SubmissionItemMapper.toItem(submission(i, random,
                    exported))) + "}\n");
            counts[f]++;
        }
        StringBuilder manifest = new StringBuilder();
        for (int f = 0; f < FILES; f++) {
            writers.get(f).close();
            manifest.append("{\"itemCount\":").append(counts[f]).append(",\"md5Checksum\":\"")
                    .append(Base64.getEncoder().encodeToString(digests.get(f).digest()))
                    .append("\",\"etag\":\"bench\",\"dataFileS3Key\":\"AWSDynamoDB/").append(exportId)
                    .append("/data/part-").append(f).append(".json.gz\"}\n");
        }
        Files.writeString(folder.resolve("manifest-files.json"), manifest);
        Files.writeString(folder.resolve("manifest-summary.json"), "{\"version\":\"2020-06-30\",\"exportArn\":"
                + "\"arn:aws:dynamodb:eu-west-1:123456789012:table/Submissions/export/" + exportId + "\","
                + "\"exportTime\":\"" + exported + "\",\"itemCount\":" + count + ",\"outputFormat\":\"DYNAMODB_JSON\","
                + "\"exportType\":\"FULL_EXPORT\"}\n");
        System.out.println(folder);
    }

    static Submission submission(int i, Random random, Instant exported) {
        String form = random.nextInt(100) < 55 ? Forms.SENDING : random.nextInt(100) < 60 ? Forms.HOSTING
                : Forms.CONTACT;
        Instant at = exported.minusSeconds(random.nextInt(300 * 86_400)).minusMillis(random.nextInt(1000));
        Map<String, List<String>> values = new LinkedHashMap<>(Samples.of(form, LocalDate.ofInstant(at,
                ZoneOffset.UTC)));
        values.put("country", List.of(COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
        values.put("email", List.of("person" + i + "@example.eu"));
        if (!form.equals(Forms.CONTACT)) {
            values.put("legalName", List.of("Company " + i + " — Société Générale d'Études 株式会社"));
            values.put("phone", List.of("+32" + (200_000_000 + random.nextInt(99_999_999))));
        }
        UUID id = new UUID(random.nextLong(), random.nextLong());
        Optional<EligibilityResult> eligibility = form.equals(Forms.CONTACT) ? Optional.empty()
                : Optional.of(EligibilityResult.of(random.nextBoolean() ? List.of(Reason.NO_OPEN_CALL)
                        : List.of(Reason.NO_OPEN_CALL, Reason.YOUNG_COMPANY)));
        return new Submission(id.toString(), References.of(id), form, Forms.FORM_VERSION,
                Languages.SUPPORTED.get(random.nextInt(Languages.SUPPORTED.size())), at,
                Submission.Channel.SCRIPT, values, eligibility, "0".repeat(64), Forms.PRIVACY_NOTICE_VERSION,
                at.plusSeconds(400L * 86_400));
    }
}
