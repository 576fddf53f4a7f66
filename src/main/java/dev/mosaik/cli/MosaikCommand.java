package dev.mosaik.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code mosaik} command; it only dispatches to subcommands. */
@Command(name = "mosaik", mixinStandardHelpOptions = true, versionProvider = MosaikCommand.Version.class,
        description = "Builds multilingual static sites from Markdown.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, TranslateCommand.class, TranslationsCommand.class, NewsletterCommand.class, ImportJBakeCommand.class},
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors."})
final class MosaikCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'mosaik build' or 'mosaik serve'");
    }

    /** The version of the jar, as written into its manifest by Maven. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MosaikCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mosaik " + (version == null ? "(development build)" : version)};
        }
    }
}
