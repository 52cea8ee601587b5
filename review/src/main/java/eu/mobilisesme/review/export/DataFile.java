package eu.mobilisesme.review.export;

import java.nio.file.Path;

/**
 * One line of {@code manifest-files.json}: a gzip file of DynamoDB JSON lines, where it was found on disk, and
 * what it must contain.
 *
 * @param md5Checksum base64 MD5 of the gzip file as stored (the {@code etag} is no MD5 for multipart uploads)
 */
public record DataFile(String s3Key, Path path, long itemCount, String md5Checksum) {

    /** How staff find the file: its place on disk and its key in the bucket. */
    public String describe() {
        return path + " (" + s3Key + ")";
    }
}
