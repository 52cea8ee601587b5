package eu.mobilisesme.forms;

import java.util.List;

/**
 * How long a form takes, derived from its questions rather than guessed (the method is in docs/forms.md): each
 * question a visitor sees with one participant is given a time by its kind, and the sum is rounded up to whole
 * minutes. The form pages quote the result, so a changed form changes what they say.
 */
public final class FillTime {

    /** Picking an option, ticking a box: read the question, choose. */
    static final int CHOICE_SECONDS = 10;
    /** Typing a name, number, date or address the person knows. */
    static final int ENTRY_SECONDS = 20;
    /** Writing a few sentences. */
    static final int TEXT_SECONDS = 120;

    private FillTime() {
    }

    /**
     * The questions a visitor sees with one participant: every field, conditional ones included, except those
     * that appear only for a second participant.
     */
    public static List<Field> questions(FormDefinition form) {
        return form.fields().stream()
                .filter(field -> !field.section().equals("participant2"))
                .toList();
    }

    public static int seconds(FormDefinition form) {
        return questions(form).stream().mapToInt(FillTime::seconds).sum();
    }

    /** Whole minutes, rounded up. */
    public static int minutes(FormDefinition form) {
        return (seconds(form) + 59) / 60;
    }

    static int seconds(Field field) {
        return switch (field.type()) {
            case RADIO, SELECT, CHECKBOXES, CONSENT -> CHOICE_SECONDS;
            case TEXTAREA -> TEXT_SECONDS;
            default -> ENTRY_SECONDS;
        };
    }
}
