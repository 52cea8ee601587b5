package eu.mobilisesme.review.runs;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When {@code sheets} and {@code report} last ran on this computer, per command and data source: one line
 * {@code <command> <source><TAB><instant>} each. It holds no personal data, only times. Written whole to a temporary
 * file and moved into place, so a crash leaves the previous state.
 */
public final class RunState {

    /** Beside the erasure ledger in the home folder. */
    public static final Path DEFAULT = Path.of(".mobilisesme-review", "last-runs.txt");
    public static final String VARIABLE = "REVIEW_LAST_RUNS";

    private final Path file;
    private final Map<String, Instant> marks;

    private RunState(Path file, Map<String, Instant> marks) {
        this.file = file;
        this.marks = marks;
    }

    /** The state in {@code file}; a file that does not exist yet is an empty state (the first run). */
    public static RunState load(Path file) {
        Map<String, Instant> marks = new TreeMap<>();
        if (!Files.exists(file)) {
            return new RunState(file, marks);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw damaged(file, line);
                }
                try {
                    marks.put(line.substring(0, tab), Instant.parse(line.substring(tab + 1).strip()));
                } catch (DateTimeParseException e) {
                    throw damaged(file, line);
                }
            }
        } catch (IOException e) {
            throw new ReviewException(ExitCode.IO, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return new RunState(file, marks);
    }

    private static ReviewException damaged(Path file, String line) {
        return new ReviewException(ExitCode.IO, file + " is damaged (line '" + line + "'): delete it, and the next "
                + "--new run shows every submission again");
    }

    public Path file() {
        return file;
    }

    /** The data time of the last run of {@code key}, if there was one. */
    public Optional<Instant> last(String key) {
        return Optional.ofNullable(marks.get(key));
    }

    /** Records a run; a mark never moves back (an older export read after a newer one changes nothing). */
    public void record(String key, Instant until) {
        marks.merge(key, until, (old, now) -> now.isAfter(old) ? now : old);
        List<String> lines = new ArrayList<>();
        lines.add("# When review sheets/report last ran here (the time of the data they showed). Used by --new.");
        marks.forEach((name, at) -> lines.add(name + '\t' + at));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".last-runs", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReviewException(ExitCode.IO, "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
