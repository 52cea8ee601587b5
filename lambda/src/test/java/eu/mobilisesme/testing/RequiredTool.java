package eu.mobilisesme.testing;

import org.opentest4j.TestAbortedException;

/**
 * What a test does when a tool it needs (Node.js, dynalite, Chromium, cfn-lint) is not installed: under
 * {@code CI=true} it fails, since CI installs every tool; elsewhere it is skipped with a message nobody can miss.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Returns the exception to throw: a failure in CI, a loud skip elsewhere. */
    public static RuntimeException missing(String tool, String why) {
        String message = tool + " is not available: " + why;
        if (inCi()) {
            return new IllegalStateException(message + " (CI=true: tests that need it fail instead of skipping)");
        }
        System.err.println();
        System.err.println("!".repeat(100));
        System.err.println("!!! SKIPPING TESTS: " + message);
        System.err.println("!!! Install it to run them; under CI=true they fail instead.");
        System.err.println("!".repeat(100));
        System.err.println();
        return new TestAbortedException(message);
    }
}
