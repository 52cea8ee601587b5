package eu.mobilisesme.review.gdpr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.review.items.DynamoJson;
import eu.mobilisesme.review.items.Item;
import eu.mobilisesme.review.items.PlainJson;
import eu.mobilisesme.review.sheet.Cell;
import eu.mobilisesme.review.sheet.Column;
import eu.mobilisesme.review.sheet.FormColumns;
import eu.mobilisesme.review.sheet.Labels;
import eu.mobilisesme.review.sheet.RowRenderer;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The answer to an access request as JSON: each submission with everything stored about it (only the internal
 * content fingerprint is left out) and the same data as labelled text in the chosen language, ready to send.
 */
public final class PersonFile {

    /** The writer may be standard output, which must stay open. */
    private static final JsonFactory KEEP_OPEN = DynamoJson.FACTORY.rebuild()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Labels labels;
    private final RowRenderer renderer;

    public PersonFile(Labels labels) {
        this.labels = labels;
        this.renderer = new RowRenderer(labels);
    }

    public void write(Writer out, String email, String source, List<Item> submissions) throws IOException {
        try (JsonGenerator g = KEEP_OPEN.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("email", email);
            g.writeStringField("source", source);
            g.writeNumberField("submissionCount", submissions.size());
            g.writeArrayFieldStart("submissions");
            for (Item item : submissions) {
                submission(g, item);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void submission(JsonGenerator g, Item item) throws IOException {
        FormColumns form = FormColumns.of(Forms.byId(item.form()).isPresent() ? item.form() : FormColumns.OTHER,
                labels);
        g.writeStartObject();
        g.writeStringField("form", item.form());
        g.writeStringField("formName", form.sheetName());
        g.writeStringField("reference", item.string(SubmissionAttributes.REFERENCE));
        g.writeStringField("receivedAt", item.string(SubmissionAttributes.RECEIVED_AT));
        g.writeFieldName("stored");
        Map<String, AttributeValue> stored = new TreeMap<>(item.attributes());
        stored.remove(SubmissionAttributes.PAYLOAD_HASH);
        PlainJson.writeObject(g, stored);
        g.writeFieldName("readable");
        g.writeStartObject();
        List<Cell> cells = renderer.render(form, item);
        for (int i = 0; i < cells.size(); i++) {
            Column column = form.columns().get(i);
            if (!cells.get(i).text().isEmpty()) {
                g.writeStringField(column.header(), cells.get(i).text());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
