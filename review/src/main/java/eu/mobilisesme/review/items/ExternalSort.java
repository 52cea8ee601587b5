package eu.mobilisesme.review.items;

import eu.mobilisesme.review.ExitCode;
import eu.mobilisesme.review.ReviewException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts text lines of any number with bounded memory: lines gather in memory up to a character budget, each full
 * batch is sorted and written to a run file, and the runs are merged (at most {@link #FAN_IN} at a time). Lines
 * must not contain line breaks. Run files live in a private temporary folder, deleted on {@link #close()}.
 */
public final class ExternalSort implements AutoCloseable {

    /** About 16 MB of heap for the batch in memory. */
    public static final long DEFAULT_BUDGET_CHARS = 8_000_000;
    static final int FAN_IN = 64;
    private static final int BUFFER_CHARS = 1 << 15;

    private final long budgetChars;
    private final List<String> batch = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long batchChars;
    private Path folder;
    private int runNumber;

    public ExternalSort() {
        this(DEFAULT_BUDGET_CHARS);
    }

    public ExternalSort(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    public void add(String line) {
        batch.add(line);
        batchChars += line.length() + 16;
        if (batchChars >= budgetChars) {
            spill();
        }
    }

    /** Hands every line to {@code sink} in ascending order ({@link String#compareTo}). */
    public void forEachSorted(Consumer<String> sink) {
        Collections.sort(batch);
        if (runs.isEmpty()) {
            batch.forEach(sink);
            return;
        }
        spill();
        while (runs.size() > FAN_IN) {
            List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
            runs.subList(0, FAN_IN).clear();
            Path merged = newRun();
            try (BufferedWriter out = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                merge(group, line -> write(out, line));
            } catch (IOException e) {
                throw failure(e);
            }
            group.forEach(ExternalSort::delete);
            runs.add(merged);
        }
        merge(runs, sink);
    }

    private void spill() {
        if (batch.isEmpty()) {
            return;
        }
        Collections.sort(batch);
        Path run = newRun();
        try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (String line : batch) {
                write(out, line);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        runs.add(run);
        batch.clear();
        batchChars = 0;
    }

    private static void merge(List<Path> inputs, Consumer<String> sink) {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>();
            for (int i = 0; i < inputs.size(); i++) {
                BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(
                        Files.newInputStream(inputs.get(i)), StandardCharsets.UTF_8), BUFFER_CHARS);
                readers.add(reader);
                Head.next(reader, i).ifPresent(heads::add);
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                sink.accept(head.line());
                Head.next(readers.get(head.run()), head.run()).ifPresent(heads::add);
            }
        } catch (IOException e) {
            throw failure(e);
        } finally {
            for (BufferedReader reader : readers) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // read-only; nothing to lose
                }
            }
        }
    }

    /** The current line of one run; ties go to the earlier run, so equal lines keep a stable order. */
    private record Head(String line, int run) implements Comparable<Head> {
        static java.util.Optional<Head> next(BufferedReader reader, int run) throws IOException {
            String line = reader.readLine();
            return line == null ? java.util.Optional.empty() : java.util.Optional.of(new Head(line, run));
        }

        @Override
        public int compareTo(Head other) {
            int byLine = line.compareTo(other.line);
            return byLine != 0 ? byLine : Integer.compare(run, other.run);
        }
    }

    private Path newRun() {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("review-sort-");
                folder.toFile().deleteOnExit();
            }
            Path run = folder.resolve("run-" + (runNumber++) + ".txt");
            // Runs hold personal data: gone even when staff stop the tool with Ctrl+C.
            run.toFile().deleteOnExit();
            return run;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The folder of the run files, if any was written; tests check that it is removed. */
    Path folder() {
        return folder;
    }

    /** Run files written so far; tests use it to check that big inputs really go to disk. */
    int runsWritten() {
        return runNumber;
    }

    @Override
    public void close() {
        batch.clear();
        runs.forEach(ExternalSort::delete);
        runs.clear();
        if (folder != null) {
            try (var left = Files.list(folder)) {
                left.forEach(ExternalSort::delete);
            } catch (IOException ignored) {
                // best effort below
            }
            delete(folder);
            folder = null;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is not worth failing the export for
        }
    }

    private static ReviewException failure(IOException e) {
        return ReviewException.of(ExitCode.IO, e, "error.sortFiles", System.getProperty("java.io.tmpdir"),
                e.getMessage());
    }

    /** Escapes a sort-key part so that it holds no tab or line break; distinct parts stay distinct. */
    public static String escape(String part) {
        if (part.indexOf('\\') < 0 && part.indexOf('\t') < 0 && part.indexOf('\n') < 0 && part.indexOf('\r') < 0) {
            return part;
        }
        return part.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
