package eu.mobilisesme.review;

import picocli.CommandLine.Option;

/** {@code -h, --help} for each command. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
