package eu.mobilisesme.review.sheet;

import java.nio.file.Path;
import java.util.List;

/**
 * Receives the sorted rows, form by form. Output appears only on {@link #finish()}; if anything fails before,
 * {@link #close()} removes what was started, so staff never open a half-written file.
 */
public interface SheetWriter extends AutoCloseable {

    void startForm(FormColumns form);

    void row(List<Cell> cells);

    /** Puts the files in place and returns them. */
    List<Path> finish();

    @Override
    void close();
}
