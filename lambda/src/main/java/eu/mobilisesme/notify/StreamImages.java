package eu.mobilisesme.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stream record's image (the Lambda events library's attribute values) as an SDK item, the form the rest of the
 * backend reads. Only the types the backend stores are carried over; others are left out.
 */
final class StreamImages {

    private StreamImages() {
    }

    static Map<String, AttributeValue> toItem(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (value.getS() != null) {
                item.put(name, AttributeValue.fromS(value.getS()));
            } else if (value.getN() != null) {
                item.put(name, AttributeValue.fromN(value.getN()));
            } else if (value.getSS() != null) {
                item.put(name, AttributeValue.fromSs(value.getSS()));
            } else if (value.getBOOL() != null) {
                item.put(name, AttributeValue.fromBool(value.getBOOL()));
            }
        });
        return item;
    }
}
