package dev.mosaik.cli;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.Scaffolder;
import dev.mosaik.diag.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik new TYPE SLUG}: creates a content file with explained front matter. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a new content file with explained front matter.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "What to create: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Types.class)
    String type;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The page's name in the address, below its section: projekte/sprachcafe")
    String slug;

    @Option(names = "--lang", paramLabel = "CODE", description = "The language of the new file. Default: the site's default language.")
    String language;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        Optional<String> written = config.flatMap(c -> new Scaffolder().create(source, c, type, slug,
                language != null ? language : c.defaultLanguage().code(), LocalDate.now(), problems));
        ProblemReport.print(problems.all(), spec.commandLine().getErr());
        if (written.isEmpty()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Created " + written.get() + " (a draft: set 'draft: false' to publish it)");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The types, for help text and shell completion. */
    static final class Types implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scaffolder.TYPES.iterator();
        }
    }
}
