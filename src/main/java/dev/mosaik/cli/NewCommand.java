package dev.mosaik.cli;

import dev.mosaik.content.Scaffolder;
import dev.mosaik.diag.Problems;
import dev.mosaik.pipeline.TypeModules;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik new TYPE SLUG}: creates a content file with explained front matter. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Creates a new content file with explained front matter.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "TYPE",
            description = "What to create: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Types.class)
    String type;

    @Parameters(
            index = "1",
            paramLabel = "SLUG",
            description = "The page's name in the address, below its section: projekte/sprachcafe")
    String slug;

    @Option(
            names = "--lang",
            paramLabel = "CODE",
            description = "The language of the new file. Default: the site's default language.")
    String language;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        return FileCreation.run(
                spec,
                source,
                (config, problems) -> TypeModules.discover(problems)
                        .flatMap(modules -> new Scaffolder(modules.types())
                                .create(
                                        source,
                                        config,
                                        type,
                                        slug,
                                        language != null
                                                ? language
                                                : config.defaultLanguage().code(),
                                        EditorLanguage.of(spec),
                                        problems)),
                "cli.created.draft");
    }

    /** The types, for help text and shell completion. */
    static final class Types implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            // Help text and completion show what a build here would offer; a broken type jar shows mosaik's own.
            TypeModules modules = TypeModules.discover(new Problems()).orElse(TypeModules.shipped());
            return new Scaffolder(modules.types()).types().iterator();
        }
    }
}
