package eu.mobilisesme.review.sheet;

import static eu.mobilisesme.submission.SubmissionAttributes.CHANNEL;
import static eu.mobilisesme.submission.SubmissionAttributes.ELIGIBILITY;
import static eu.mobilisesme.submission.SubmissionAttributes.ELIGIBILITY_REASONS;
import static eu.mobilisesme.submission.SubmissionAttributes.EXPIRES_AT;
import static eu.mobilisesme.submission.SubmissionAttributes.FORM;
import static eu.mobilisesme.submission.SubmissionAttributes.FORM_VERSION;
import static eu.mobilisesme.submission.SubmissionAttributes.ID;
import static eu.mobilisesme.submission.SubmissionAttributes.LANG;
import static eu.mobilisesme.submission.SubmissionAttributes.PRIVACY_NOTICE_VERSION;
import static eu.mobilisesme.submission.SubmissionAttributes.RECEIVED_AT;
import static eu.mobilisesme.submission.SubmissionAttributes.REFERENCE;

import eu.mobilisesme.forms.Field;
import eu.mobilisesme.forms.FormDefinition;
import eu.mobilisesme.forms.Forms;
import eu.mobilisesme.notify.NoticeClaims;
import eu.mobilisesme.review.work.WorkColumns;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of one form's sheet: who and when first, then the form's fields in the form's order, then the fields
 * earlier versions asked and this one no longer does (so items of every version fill their own columns; the
 * form-version column says which questions were asked), then the technical columns, then {@code extra}.
 * Field labels that repeat within a form ("First name" for the contact person and each participant) get their
 * section in front.
 */
public record FormColumns(String formId, String sheetName, List<Column> columns, Set<String> shown) {

    /**
     * Never shown in a spreadsheet: the backend's own attributes (the content fingerprint, the time a duplicate
     * post was absorbed...) and the notifier's claims on the item (state, lease, token, time and message id of the
     * staff notice and of the confirmation), which say nothing about the submission.
     */
    public static final Set<String> INTERNAL = internal();
    /** The sheet of items whose form this version does not know. */
    public static final String OTHER = "other";

    private static Set<String> internal() {
        Set<String> internal = new HashSet<>(SubmissionAttributes.INTERNAL);
        internal.addAll(NoticeClaims.ATTRIBUTES);
        return Set.copyOf(internal);
    }

    public FormColumns {
        columns = List.copyOf(columns);
        shown = Set.copyOf(shown);
    }

    public static FormColumns of(String formId, Labels labels) {
        Optional<FormDefinition> form = Forms.byId(formId);
        boolean assessed = form.isEmpty() || Forms.applicationForms().contains(formId);
        List<Column> columns = new ArrayList<>();
        meta(columns, labels, REFERENCE, RECEIVED_AT, LANG);
        if (assessed) {
            meta(columns, labels, ELIGIBILITY, ELIGIBILITY_REASONS);
        }
        columns.addAll(WorkColumns.columns(labels.lang()));
        form.ifPresent(definition -> fields(columns, definition, labels));
        meta(columns, labels, CHANNEL, FORM_VERSION, PRIVACY_NOTICE_VERSION, EXPIRES_AT, ID);
        columns.add(new Column(Column.EXTRA, labels.text("column.extra"), null));
        Set<String> shown = new HashSet<>(INTERNAL);
        shown.addAll(WorkColumns.stored());
        columns.forEach(c -> shown.add(c.attribute()));
        if (form.isPresent()) {
            shown.add(FORM);
        }
        String key = form.isPresent() ? "form." + formId : "form." + OTHER;
        return new FormColumns(form.isPresent() ? formId : OTHER, labels.text(key), columns, shown);
    }

    private static void meta(List<Column> columns, Labels labels, String... attributes) {
        for (String attribute : attributes) {
            columns.add(new Column(attribute, labels.text("column." + attribute), null));
        }
    }

    private static void fields(List<Column> columns, FormDefinition form, Labels labels) {
        List<Field> all = new ArrayList<>(form.fields());
        all.addAll(Forms.retiredFields(form.id()));
        Map<String, Integer> uses = new HashMap<>();
        for (Field field : all) {
            uses.merge(labels.field(field), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        Set<String> takenShort = new HashSet<>();
        columns.forEach(c -> {
            taken.add(c.header());
            takenShort.add(c.shortHeader());
        });
        for (Field field : all) {
            String label = labels.field(field);
            String header = label;
            String shortHeader = labels.shortField(field);
            if (uses.get(label) > 1) {
                header = labels.qualified(labels.section(field.section()), label);
                shortHeader = labels.qualified(labels.shortSection(field.section()), shortHeader);
            }
            if (!taken.add(header)) {
                header = header + " (" + field.name() + ")";
                taken.add(header);
            }
            if (!takenShort.add(shortHeader)) {
                shortHeader = shortHeader + " (" + field.name() + ")";
                takenShort.add(shortHeader);
            }
            columns.add(new Column(field.name(), header, field, shortHeader));
        }
    }

    /** The full headers, as the CSV files have them. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The short headers of the workbook. */
    public List<String> shortHeaders() {
        return columns.stream().map(Column::shortHeader).toList();
    }
}
