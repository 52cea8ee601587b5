package eu.mobilisesme.review;

/** The tool's exit codes, shown in {@code --help}; scripts can rely on them. */
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** A fault in the tool itself; the message says what happened. */
    public static final int SOFTWARE = 1;
    /** The command line was wrong: unknown option, bad date, missing source. */
    public static final int USAGE = 2;
    /** The export is incomplete or damaged: a data file missing, a checksum or item count that does not match. */
    public static final int BAD_EXPORT = 3;
    /** A file could not be read or written. */
    public static final int IO = 4;
    /** The live table could not be read or changed (credentials, table name, network). */
    public static final int TABLE = 5;
    /** {@code erase} was not confirmed: nothing was deleted. */
    public static final int NOT_CONFIRMED = 6;

    private ExitCode() {
    }
}
