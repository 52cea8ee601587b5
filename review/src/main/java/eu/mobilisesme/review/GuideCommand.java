package eu.mobilisesme.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code review guide}: the staff guide, carried in the jar, so it is at hand wherever the tool is. */
@Command(name = "guide", description = {"Print the staff guide (how to get the data, every command, GDPR requests "
        + "step by step, exit codes), as Markdown text.", "Example: review guide > staff-review.md"})
final class GuideCommand implements Callable<Integer> {

    static final String RESOURCE = "staff-review.md";

    private final Environment env;

    @Mixin
    HelpOption help;

    GuideCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        try (InputStream guide = GuideCommand.class.getResourceAsStream(RESOURCE)) {
            if (guide == null) {
                throw ReviewException.of(ExitCode.SOFTWARE, null, "error.noGuide", RESOURCE);
            }
            guide.transferTo(env.out());
        }
        env.out().flush();
        return ExitCode.OK;
    }
}
