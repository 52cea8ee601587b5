package eu.mobilisesme.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The staff command line: {@code java -jar review.jar <command>}. Data goes to files or stdout; progress,
 * warnings and errors go to stderr; the exit code says how it went (see {@link ExitCode}).
 */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Review.Version.class,
        description = "MobiliseSME staff review: turns DynamoDB exports or the live table into spreadsheets and "
                + "a summary report, and answers GDPR access and erasure requests.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:a fault in the tool (please report it with the message)",
            "2:wrong command line",
            "3:the export is incomplete or damaged (missing file, checksum or item count)",
            "4:a file could not be read or written",
            "5:the live table could not be read or changed",
            "6:erase was not confirmed; nothing was deleted"},
        footer = {"%nRun 'review <command> --help' for a command's options.",
            "The staff guide explains how to get the data, every command and GDPR requests step by step.",
            "'review guide' prints it; it is docs/staff-review.md in the project."})
public final class Review implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(Environment.system(), args));
    }

    /** Runs one command and returns its exit code; tests call this with their own environment. */
    public static int run(Environment env, String... args) {
        CommandLine cli = new CommandLine(new Review());
        cli.addSubcommand(new SheetsCommand(env));
        cli.addSubcommand(new ReportCommand(env));
        cli.addSubcommand(new PersonCommand(env));
        cli.addSubcommand(new EraseCommand(env));
        cli.addSubcommand(new VerifyCommand(env));
        cli.addSubcommand(new StatusCommand(env));
        cli.addSubcommand(new MatchesCommand(env));
        cli.addSubcommand(new GuideCommand(env));
        HelpTexts.apply(cli, Texts.forArguments(args));
        cli.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ReviewException.of(ExitCode.USAGE, e, "error.badDate", text);
            }
        });
        cli.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(100)
                .setParameterExceptionHandler((e, arguments) -> {
                    // one line that says what is wrong and where to look, not the whole usage
                    Texts texts = Texts.forArguments(arguments);
                    String command = e.getCommandLine() == cli ? "" : " " + e.getCommandLine().getCommandName();
                    String message = usageProblem(e, texts);
                    if (e.getCause() instanceof ReviewException problem) {
                        message = (e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
                                ? option.longestName() + ": " : "") + problem.message(texts);
                    }
                    env.err().println(texts.format("error.line", message) + " "
                            + texts.format("error.seeHelp", "review" + command));
                    return ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (e instanceof ReviewException problem) {
                        env.err().println(Texts.forArguments(args).format("error.line",
                                problem.message(Texts.forArguments(args))));
                        return problem.exitCode();
                    }
                    env.err().println(Texts.forArguments(args).format("error.unexpected", String.valueOf(e)));
                    e.printStackTrace(env.err());
                    return ExitCode.SOFTWARE;
                });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CHOOSE_A_COMMAND);
    }

    private static final String CHOOSE_A_COMMAND = "Choose a command.";

    /** Picocli's own complaints in the language of --lang: the usual ones by kind, any other as picocli words it. */
    private static String usageProblem(CommandLine.ParameterException e, Texts texts) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return texts.format(first.startsWith("-") ? "error.unknownOption" : "error.unknownArgument", first);
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
                names.add(arg instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                        : arg.paramLabel());
            }
            return texts.format(e.getMessage() != null && e.getMessage().startsWith("Missing required option")
                    ? "error.missingOption" : "error.missingValue", String.join(", ", names));
        }
        if (CHOOSE_A_COMMAND.equals(e.getMessage())) {
            return texts.format("error.chooseCommand");
        }
        return e.getMessage();
    }

    /** The version Maven wrote into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Review.class.getPackage().getImplementationVersion();
            return new String[] {"review " + (version == null ? "(development build)" : version)};
        }
    }
}
