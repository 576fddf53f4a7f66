package dev.mosaik.cli;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Scaffolder;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.Glossary;
import dev.mosaik.pipeline.TypeModules;
import dev.mosaik.translate.MachineTranslation;
import dev.mosaik.translate.MachineTranslator;
import dev.mosaik.translate.MachineTranslators;
import dev.mosaik.translate.xliff.XliffExport;
import dev.mosaik.translate.xliff.XliffImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mosaik translate PATH… --to CODE|all}: starts translations that remember what they were made from, as
 * drafts for a person, or — with {@code --machine} — translated by the service configured in site.yaml;
 * {@code --export xliff} writes XLIFF 2.1 files for translators, {@code --import FILE.xlf…} writes their work back.
 */
@Command(
        name = "translate",
        mixinStandardHelpOptions = true,
        description = {
            "Creates the translation of a page: a draft with the original's text and its fingerprint (sourceHash), "
                    + "or with --machine a machine translation labelled 'translation: machine'.",
            "With --export xliff: writes one XLIFF 2.1 file per page for a translator (all pages when no PATH is given).",
            "With --import: reads filled XLIFF files and writes the translations (translation: human); any mistake, and nothing is written."
        })
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "The originals, e.g. content/kontakt.de.md (relative or absolute)")
    List<String> paths = new ArrayList<>();

    @Option(names = "--to", paramLabel = "CODE", description = "The language to translate into, e.g. ar, or 'all'")
    String target;

    @Option(names = "--export", paramLabel = "FORMAT", description = "Write files for translators instead: xliff")
    String export;

    @Option(names = "--output", paramLabel = "DIR", description = "Where --export writes its files")
    Path output;

    @Option(names = "--import", paramLabel = "FILE", arity = "1..*", description = "Filled XLIFF files to write back")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--machine", description = "Translate with the service in site.yaml (translation.provider).")
    boolean machine;

    @Option(
            names = "--update",
            description = "With --machine: translate only the blocks whose original changed; keep edited blocks.")
    boolean update;

    @Option(
            names = "--force",
            description = "With --machine: translate a German text below translation.minReadingEase.")
    boolean force;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        if (!imports.isEmpty()) {
            if (export != null || !paths.isEmpty() || machine) {
                return usage(EditorLanguage.messages(spec).format("usage.translate.import"));
            }
            return importXliff();
        }
        if (target == null) {
            return usage(EditorLanguage.messages(spec).format("usage.translate.to"));
        }
        if (export != null) {
            if (!export.equals("xliff")) {
                return usage(EditorLanguage.messages(spec).format("usage.translate.exportFormat"));
            }
            if (output == null) {
                return usage(EditorLanguage.messages(spec).format("usage.translate.exportOutput"));
            }
            return exportXliff();
        }
        if (paths.isEmpty()) {
            return usage(EditorLanguage.messages(spec).format("usage.translate.path"));
        }
        if ((update || force) && !machine) {
            spec.commandLine().getErr().println(EditorLanguage.messages(spec).format("usage.translate.machineOnly"));
            return ExitCodes.USAGE;
        }
        return machine ? machineTranslate() : draft();
    }

    /** Without {@code --machine}: one draft, the original with its front matter, for a person to translate. */
    private int draft() {
        if (paths.size() != 1 || target.equals("all")) {
            spec.commandLine().getErr().println(EditorLanguage.messages(spec).format("usage.translate.oneDraft"));
            return ExitCodes.USAGE;
        }
        return FileCreation.run(
                spec,
                source,
                (config, problems) -> TypeModules.discover(problems)
                        .flatMap(modules -> new Scaffolder(modules.types())
                                .translate(
                                        source,
                                        config,
                                        relative(paths.get(0)),
                                        target,
                                        EditorLanguage.of(spec),
                                        problems)),
                "cli.created.translation");
    }

    /** {@code --machine}: each original into each language named by {@code --to}, through the configured service. */
    private int machineTranslate() {
        Problems problems = new Problems();
        PrintWriter out = spec.commandLine().getOut();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        // The glossary goes to DeepL as a glossary; a glossary with mistakes stops the run before anything is sent.
        Optional<MachineTranslator> translator =
                config.flatMap(c -> MachineTranslators.configured(c, Glossary.load(source, c, problems), problems));
        List<Language> languages = config.map(c -> languages(c, problems)).orElse(List.of());
        ContentTypes types = types(problems);
        boolean failed = problems.hasErrors();
        if (!failed) {
            MachineTranslation translation = new MachineTranslation(types);
            for (String path : paths) {
                for (Language language : languages) {
                    MachineTranslation.Result result = translation.translate(
                            source,
                            config.get(),
                            relative(path),
                            language,
                            translator.get(),
                            new MachineTranslation.Options(update, force),
                            problems);
                    if (result.outcome() == MachineTranslation.Outcome.FAILED) {
                        failed = true;
                    } else {
                        out.println(result.file() + ": " + result.note());
                    }
                }
            }
        }
        out.flush();
        ProblemReport.print(problems.all(), spec, "report.afterTranslate");
        return failed || problems.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    /**
     * The original's path below the site folder, however the editor gave it: relative to the site folder, relative to
     * the current folder, or absolute — compared as real paths, so that a site reached through a symbolic link (or
     * macOS's /tmp) is still recognised. A path outside the site is left as given and reported by the reader.
     */
    private String relative(String path) {
        Path root = source.toAbsolutePath().normalize();
        Path given = Path.of(path);
        List<Path> candidates =
                given.isAbsolute() ? List.of(given) : List.of(root.resolve(given), given.toAbsolutePath());
        for (Path candidate : candidates) {
            Optional<Path> inside = below(root, candidate);
            if (inside.isPresent()) {
                return inside.get().toString().replace('\\', '/');
            }
        }
        return path.replace('\\', '/').replaceFirst("^\\./", "");
    }

    /** {@code candidate} relative to {@code root} when it exists inside it (symbolic links resolved). */
    private static Optional<Path> below(Path root, Path candidate) {
        try {
            Path real = candidate.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(realRoot.relativize(real)) : Optional.empty();
        } catch (java.io.IOException e) {
            Path normal = candidate.toAbsolutePath().normalize();
            return normal.startsWith(root) && !normal.equals(root)
                    ? Optional.of(root.relativize(normal))
                    : Optional.empty();
        }
    }

    private List<Language> languages(SiteConfig config, Problems problems) {
        if (target.equals("all")) {
            List<Language> all = new ArrayList<>();
            for (Language language : config.languages()) {
                // A language that is the default's own (Leichte Sprache is German) is written by people.
                if (!language.htmlLang().equals(config.defaultLanguage().htmlLang())) {
                    all.add(language);
                }
            }
            return all;
        }
        Optional<Language> language = config.language(target).filter(l -> !l.equals(config.defaultLanguage()));
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(
                    SourcePosition.file("site.yaml"),
                    "unknown language '" + target + "' for --to; site.yaml lists " + String.join(", ", codes),
                    DidYouMean.hint(target, codes));
            return List.of();
        }
        return List.of(language.get());
    }

    private int exportXliff() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        Optional<Language> language = config.flatMap(c -> exportLanguage(c, problems));
        List<Path> written = List.of();
        if (language.isPresent()) {
            Glossary glossary = Glossary.load(source, config.get(), problems);
            ContentTypes types = types(problems);
            if (!problems.hasErrors()) {
                written = new XliffExport(types)
                        .export(source, config.get(), glossary, paths, language.get(), output, problems);
            }
        }
        ProblemReport.print(problems.all(), spec, "report.afterExport");
        written.forEach(file -> spec.commandLine()
                .getOut()
                .println("Exported " + file.toString().replace('\\', '/')));
        spec.commandLine().getOut().flush();
        return problems.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    /** mosaik's content types and those on the class path, as a build has them; a clash is a problem. */
    private static ContentTypes types(Problems problems) {
        return TypeModules.discover(problems).map(TypeModules::types).orElse(ContentTypes.shipped());
    }

    private int importXliff() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        List<String> written = List.of();
        if (config.isPresent()) {
            Optional<Language> expected = target == null ? Optional.empty() : exportLanguage(config.get(), problems);
            ContentTypes types = types(problems);
            if (!problems.hasErrors()) {
                written = new XliffImport(types).importFiles(source, config.get(), imports, expected, problems);
            }
        }
        ProblemReport.print(problems.all(), spec, "report.afterImport");
        written.forEach(file -> spec.commandLine().getOut().println("Imported " + file + " (translation: human)"));
        spec.commandLine().getOut().flush();
        return problems.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    private Optional<Language> exportLanguage(SiteConfig config, Problems problems) {
        Optional<Language> language = config.language(target).filter(l -> !l.equals(config.defaultLanguage()));
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream()
                    .filter(l -> !l.equals(config.defaultLanguage()))
                    .map(Language::code)
                    .toList();
            problems.error(
                    dev.mosaik.diag.SourcePosition.file("site.yaml"),
                    "unknown target language '" + target + "'; site.yaml translates into " + String.join(", ", codes),
                    dev.mosaik.diag.DidYouMean.hint(target, codes));
        }
        return language;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }
}
