package eu.mobilisesme.review.export;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One line of a data file. A full export line has only {@code item}. An incremental line has {@code keys}, the
 * write time, and {@code item} (the new image) unless the item was deleted; {@code oldImage} may come with both.
 */
public record ExportLine(Map<String, AttributeValue> keys, Map<String, AttributeValue> item,
                         Map<String, AttributeValue> oldImage, Long writeMicros, boolean incremental) {

    public boolean deletion() {
        return incremental && item == null;
    }
}
