package dev.mosaik.cli;

import dev.mosaik.diag.UiLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The top-level {@code mosaik} command; it only dispatches to subcommands. */
@Command(
        name = "mosaik",
        mixinStandardHelpOptions = true,
        versionProvider = MosaikCommand.Version.class,
        description = "Builds multilingual static sites from Markdown.",
        subcommands = {
            BuildCommand.class,
            ServeCommand.class,
            CheckCommand.class,
            NewCommand.class,
            TranslateCommand.class,
            TranslationsCommand.class,
            NewsletterCommand.class,
            ImportJBakeCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors."})
final class MosaikCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Empty: the system's locale decides (see {@link EditorLanguage}). Inherited, so it may follow the subcommand. */
    @Option(
            names = "--ui-lang",
            paramLabel = "de|en",
            scope = ScopeType.INHERIT,
            converter = UiLanguageConverter.class,
            description =
                    "The language of mosaik's messages, new files' comments and the preview's error notice. Default: German on a German system, else English.")
    UiLanguage uiLanguage;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'mosaik build' or 'mosaik serve'");
    }

    /** {@code de} or {@code en}; anything else is a usage error that names both. */
    static final class UiLanguageConverter implements ITypeConverter<UiLanguage> {
        @Override
        public UiLanguage convert(String value) {
            return UiLanguage.parse(value)
                    .orElseThrow(() -> new TypeConversionException("--ui-lang must be de or en, not '" + value + "'"));
        }
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
