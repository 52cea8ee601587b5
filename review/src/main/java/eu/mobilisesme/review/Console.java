package eu.mobilisesme.review;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the tool tells staff while it works, on stderr so that stdout stays clean for data: phase lines, warnings,
 * and a running count every two seconds on long work. {@code --quiet} keeps only warnings and errors.
 */
public final class Console {

    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintStream err;
    private final boolean quiet;
    private final Texts texts;

    /** A console that speaks English. */
    public Console(PrintStream err, boolean quiet) {
        this(err, quiet, Texts.of("en"));
    }

    /** A console whose messages are in the language of {@code texts} ({@code --lang}). */
    public Console(PrintStream err, boolean quiet, Texts texts) {
        this.err = err;
        this.quiet = quiet;
        this.texts = texts;
    }

    /** The language staff read: every message goes through it. */
    public Texts texts() {
        return texts;
    }

    public void info(String message) {
        if (!quiet) {
            err.println(message);
        }
    }

    /** A progress or summary line from the bundle. */
    public void say(String key, Object... arguments) {
        info(texts.format(key, arguments));
    }

    public void warn(String message) {
        err.println(texts.format("console.warning", message));
    }

    /** A warning from the bundle. */
    public void warning(String key, Object... arguments) {
        warn(texts.format(key, arguments));
    }

    /** A counter that prints "{what}: 25,000..." at most every two seconds. */
    public Counter counter(String what) {
        return new Counter(what);
    }

    /**
     * "1 submission", "2 submissions" in English only, with English digit grouping. Messages staff read use
     * {@link Texts#count} and the bundle instead, so that they follow {@code --lang}.
     */
    public static String count(long n, String one, String other) {
        return number(n) + " " + (n == 1 ? one : other);
    }

    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Counts work done; cheap enough to tick once per item. */
    public final class Counter {
        private final String what;
        private long count;
        private long lastPrint = System.nanoTime();

        private Counter(String what) {
            this.what = what;
        }

        public void tick() {
            count++;
            if ((count & 1023) == 0 && !quiet) {
                long now = System.nanoTime();
                if (now - lastPrint >= TICK_NANOS) {
                    lastPrint = now;
                    err.println(texts.format("console.progress", what, count));
                }
            }
        }

        public long count() {
            return count;
        }
    }
}
