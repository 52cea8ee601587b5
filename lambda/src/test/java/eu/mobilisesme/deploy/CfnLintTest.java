package eu.mobilisesme.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs cfn-lint on template.yaml, which also applies the SAM transform and finds dependency cycles.
 * Without cfn-lint the test fails in CI and is skipped, loudly, elsewhere.
 */
class CfnLintTest {

    private static final long TIMEOUT_SECONDS = 300;

    @ParameterizedTest
    @ValueSource(strings = {"template.yaml", "waf.yaml"})
    void cfn_lint_reports_nothing_for_the_template(String template) throws IOException, InterruptedException {
        Path cfnLint = onPath("cfn-lint").orElseGet(CfnLintTest::missing);
        Path root = SamTemplate.repositoryRoot();
        Path output = Files.createTempFile("cfn-lint", ".txt");
        try {
            Process process = new ProcessBuilder(cfnLint.toString(), template)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("cfn-lint did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String report = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(report).as("cfn-lint " + template + " output").isEmpty();
            assertThat(process.exitValue()).as("cfn-lint exit code, output:%n%s", report).isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path missing() {
        String message = "cfn-lint is not on the PATH, so template.yaml and waf.yaml were NOT linted."
                + " Install it (pip install cfn-lint) and run the tests again.";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println();
        System.err.println("*** SKIPPED CfnLintTest: " + message);
        System.err.println();
        return Assumptions.abort(message);
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
