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
import java.util.TreeMap;

/**
 * The answer to an access request as JSON, holding only data about that person: the submissions they sent
 * (without the other people named in them, such as participants, and without the internal content fingerprint),
 * and the submissions of others that mention them with only their own fields. Each as stored and as labelled
 * text in the chosen language, ready to send.
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

    /**
     * Writes the person's own submissions (without the other people in them) and the submissions of others that
     * mention them, with only the fields about them.
     */
    public void write(Writer out, String email, String source, List<PersonMatch> found) throws IOException {
        List<PersonMatch> own = found.stream().filter(PersonMatch::submitter).toList();
        List<PersonMatch> mentions = found.stream().filter(m -> !m.submitter()).toList();
        try (JsonGenerator g = KEEP_OPEN.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("email", email);
            g.writeStringField("source", source);
            g.writeNumberField("submissionCount", own.size());
            g.writeArrayFieldStart("submissions");
            for (PersonMatch match : own) {
                submission(g, match);
            }
            g.writeEndArray();
            g.writeNumberField("mentionCount", mentions.size());
            g.writeArrayFieldStart("mentions");
            for (PersonMatch match : mentions) {
                submission(g, match);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void submission(JsonGenerator g, PersonMatch match) throws IOException {
        Item item = match.item();
        FormColumns form = FormColumns.of(Forms.byId(item.form()).isPresent() ? item.form() : FormColumns.OTHER,
                labels);
        Item theirs = new Item(match.theirData());
        g.writeStartObject();
        g.writeStringField("form", item.form());
        g.writeStringField("formName", form.sheetName());
        g.writeStringField("reference", item.string(SubmissionAttributes.REFERENCE));
        g.writeStringField("receivedAt", item.string(SubmissionAttributes.RECEIVED_AT));
        if (!match.submitter()) {
            g.writeArrayFieldStart("mentionedAs");
            for (PersonGroups.Group group : match.groups()) {
                g.writeString(labels.text("role." + group.role()));
            }
            g.writeEndArray();
        }
        g.writeFieldName("stored");
        PlainJson.writeObject(g, new TreeMap<>(theirs.attributes()));
        g.writeFieldName("readable");
        g.writeStartObject();
        List<Cell> cells = renderer.render(form, theirs);
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
