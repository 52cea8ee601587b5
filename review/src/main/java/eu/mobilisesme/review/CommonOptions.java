package eu.mobilisesme.review;

import eu.mobilisesme.forms.Languages;
import eu.mobilisesme.review.sheet.Labels;
import picocli.CommandLine.Option;

/** Options every command shares: the language of what staff read, and how chatty the tool is. */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of everything the tool says and writes (messages, headers, labels, reports): "
                    + "en (default), es, fr, nl, de.")
    String lang = Languages.DEFAULT;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors on stderr.")
    boolean quiet;

    Console console(Environment env) {
        return new Console(env.err(), quiet, Texts.of(lang));
    }

    Labels labels(Console console) {
        if (!Languages.supported(lang)) {
            throw ReviewException.of(ExitCode.USAGE, null, "error.lang", String.join(", ", Languages.SUPPORTED),
                    lang);
        }
        return Labels.of(lang, console::warn);
    }
}
