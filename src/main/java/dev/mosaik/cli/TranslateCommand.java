package dev.mosaik.cli;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.Scaffolder;
import dev.mosaik.diag.Problems;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik translate PATH --to CODE}: starts a translation that remembers what it was made from. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Creates the translation of a page, as a draft with the original's text and its fingerprint (sourceHash).")
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The original, e.g. content/kontakt.de.md")
    String path;

    @Option(names = "--to", required = true, paramLabel = "CODE", description = "The language to translate into, e.g. ar")
    String target;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        Optional<String> written = config.flatMap(c -> new Scaffolder().translate(source, c, path, target, problems));
        ProblemReport.print(problems.all(), spec.commandLine().getErr());
        if (written.isEmpty()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("Created " + written.get() + " (a draft: translate it, then set 'draft: false')");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
