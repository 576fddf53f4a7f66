package dev.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way through the pipeline: a stage may use earlier stages, never later ones, and each
 * third-party library stays in the package that owns it.
 */
class ArchitectureTest {

    /** Stages in pipeline order; support packages (diag, yaml) come first. */
    private static final List<String> ORDER = List.of(
            "diag",
            "yaml",
            "config",
            "content",
            "i18n",
            "site",
            "render",
            "output",
            "pipeline",
            "check",
            "translate",
            "serve",
            "cli");

    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.mosaik\\.(\\w+)\\.");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/dev/mosaik"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return Path.of("src/main/java/dev/mosaik").relativize(file).getName(0).toString();
    }

    @Test
    void noStageDependsOnALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String own = packageOf(file);
            String text = Files.readString(file);
            Matcher matcher = QUALIFIED.matcher(text);
            while (matcher.find()) {
                String used = matcher.group(1);
                if (ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(own)) {
                    violations.add(file + " (" + own + ") uses " + used);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Which package owns which library. ICU, jsoup and ZXing are held to theirs too, by import and by fully
     * qualified name in the code; the classes elsewhere that use one legitimately are allowed one by one below.
     */
    private static final Map<String, String> OWNERS = Map.of(
            "com.vladsch.flexmark",
            "content",
            "org.thymeleaf",
            "render",
            "org.eclipse.jetty",
            "serve",
            "picocli",
            "cli",
            "org.snakeyaml",
            "yaml",
            "com.ibm.icu",
            "i18n",
            "org.jsoup",
            "content",
            "com.google.zxing",
            "render");

    /** A class outside the owning package that may use a library, and why. */
    private record LibraryUse(String library, String className, String reason) {}

    private static final List<LibraryUse> ALLOWED_USES = List.of(
            new LibraryUse(
                    "com.ibm.icu",
                    "diag.UiMessages",
                    "the CLI's own messages, in the editor's language before any site is read"),
            new LibraryUse(
                    "com.ibm.icu",
                    "content.LanguageCodes",
                    "validates the languages spoken at a place as ICU reads language tags"),
            new LibraryUse(
                    "com.ibm.icu",
                    "output.offline.PackSizeText",
                    "writes the offline pack's size in the page's language"),
            new LibraryUse(
                    "org.jsoup", "output.offline.OfflinePack", "rewrites the offline pack's pages to work from disk"),
            new LibraryUse(
                    "org.jsoup",
                    "output.offline.PackSizeText",
                    "escapes the offline pack's size for the pages that offer it"),
            new LibraryUse("org.jsoup", "output.offline.PackLinks", "rewrites the pack's links to relative files"),
            new LibraryUse("org.jsoup", "render.ProgressChart", "escapes the progress chart's text for SVG"),
            new LibraryUse(
                    "com.ibm.icu",
                    "config.LanguagesReader",
                    "validates the language tags of site.yaml as ICU reads them"),
            new LibraryUse(
                    "com.ibm.icu",
                    "site.KeywordSplitter",
                    "word breaking and numbers for the keyword index, per language"),
            new LibraryUse(
                    "com.ibm.icu",
                    "render.SentenceLines",
                    "sentence breaking for Leichte Sprache's one sentence a line"),
            new LibraryUse("com.ibm.icu", "render.SheetText", "date intervals and line breaking on the printed sheets"),
            new LibraryUse(
                    "com.ibm.icu", "output.search.Normaliser", "the search index folds text by Unicode properties"),
            new LibraryUse("com.ibm.icu", "output.search.Terms", "the search index breaks words per language"),
            new LibraryUse("com.ibm.icu", "output.pdf.ArabicPresentationForms", "Arabic shaping for the PDF renderer"),
            new LibraryUse("com.ibm.icu", "output.pdf.ArabicReorderer", "bidi reordering for the PDF renderer"),
            new LibraryUse("org.jsoup", "render.ForeignRuns", "marks runs of another language in rendered HTML"),
            new LibraryUse("org.jsoup", "render.SentenceLines", "splits rendered HTML into sentences"),
            new LibraryUse("org.jsoup", "render.StatusChart", "escapes the chart's text for SVG"),
            new LibraryUse("org.jsoup", "output.FeedContent", "makes page HTML safe and absolute for feed readers"),
            new LibraryUse("org.jsoup", "output.Sitemap", "escapes addresses for XML"),
            new LibraryUse("org.jsoup", "output.pdf.PdfPrinter", "hands the HTML to the PDF renderer as a W3C DOM"),
            new LibraryUse("org.jsoup", "output.search.HtmlText", "decodes entities of the indexed text"),
            new LibraryUse("org.jsoup", "check.ContentChecks", "reads the rendered pages for links and readability"),
            new LibraryUse("org.jsoup", "check.TranslationMatrixReport", "writes the HTML report"),
            new LibraryUse("org.jsoup", "serve.StatusPage", "escapes text on the preview's status page"));

    @Test
    void librariesStayInThePackagesThatOwnThem() throws IOException {
        assertThat(libraryViolations(JavaSource.all(), ALLOWED_USES)).isEmpty();
    }

    @Test
    void everyAllowedLibraryUseIsStillNeeded() throws IOException {
        List<JavaSource> sources = JavaSource.all();
        for (LibraryUse allowed : ALLOWED_USES) {
            assertThat(libraryViolations(sources, List.of()))
                    .as("allowed use no longer found: " + allowed)
                    .anyMatch(v -> v.startsWith(allowed.className() + " uses " + allowed.library()));
        }
    }

    @Test
    void aLibraryUsedOutsideItsPackageIsFound() {
        JavaSource byImport = JavaSource.of(
                "render",
                "Words",
                "package dev.mosaik.render;\nimport com.ibm.icu.text.BreakIterator;\n"
                        + "class Words { BreakIterator words; }");
        JavaSource qualified = JavaSource.of(
                "site",
                "Escape",
                "package dev.mosaik.site;\nclass Escape { String e(String t) { "
                        + "return org.jsoup.nodes.Entities.escape(t); } }");
        JavaSource inComment = JavaSource.of(
                "site", "Note", "package dev.mosaik.site;\n/** Not {@link org.jsoup.Jsoup}. */ class Note { }");
        JavaSource owner = JavaSource.of(
                "i18n", "Plurals", "package dev.mosaik.i18n;\nimport com.ibm.icu.text.PluralRules;\nclass Plurals { }");

        assertThat(libraryViolations(List.of(byImport, qualified, inComment, owner), List.of()))
                .containsExactly("render.Words uses com.ibm.icu", "site.Escape uses org.jsoup");
    }

    private static List<String> libraryViolations(List<JavaSource> sources, List<LibraryUse> allowed) {
        List<String> violations = new ArrayList<>();
        for (JavaSource source : sources) {
            OWNERS.forEach((library, owner) -> {
                String name = source.pkg() + "." + source.name();
                boolean uses = source.imports().stream().anyMatch(i -> i.startsWith(library + "."))
                        || source.code().contains(library + ".");
                boolean permitted = source.stage().equals(owner)
                        || allowed.stream()
                                .anyMatch(a -> a.library().equals(library)
                                        && a.className().equals(name));
                if (uses && !permitted) {
                    violations.add(name + " uses " + library);
                }
            });
        }
        violations.sort(null);
        return violations;
    }

    /** A cycle between classes of one package that a later refactoring removes, and why it is left for now. */
    private record AllowedCycle(List<String> members, String reason) {}

    private static final List<AllowedCycle> ALLOWED_CYCLES = List.of(
            new AllowedCycle(
                    List.of("cli.BatchJvm", "cli.FileNameEncoding", "cli.Main"),
                    "the launcher: Main relaunches itself through the two, which share the child-JVM protocol"),
            new AllowedCycle(
                    List.of("site.Site", "site.SiteReads"),
                    "SiteReads records questions asked of a Site (functions of Site) and a Site records into it"));

    @Test
    void noCyclesBetweenClassesOfAPackage() throws IOException {
        List<List<String>> cycles = ClassCycles.in(JavaSource.all());
        List<List<String>> allowed =
                ALLOWED_CYCLES.stream().map(AllowedCycle::members).toList();

        assertThat(cycles).as("cycles not allowed (members of each)").allMatch(allowed::contains);
        assertThat(allowed).as("allowed cycles no longer found").allMatch(cycles::contains);
    }

    @Test
    void aCycleOfClassesIsFoundWithItsMembers() {
        JavaSource pages =
                JavaSource.of("render", "Pages", "package dev.mosaik.render;\nclass Pages { Listing listing; }");
        JavaSource listing =
                JavaSource.of("render", "Listing", "package dev.mosaik.render;\nclass Listing { Views views; }");
        JavaSource views = JavaSource.of("render", "Views", "package dev.mosaik.render;\nclass Views { Pages back; }");
        JavaSource mentioned = JavaSource.of(
                "render",
                "Note",
                "package dev.mosaik.render;\n/** See {@link Pages}. */\n" + "class Note { String s = \"Pages\"; }");
        JavaSource otherPackage = JavaSource.of("site", "Pages", "package dev.mosaik.site;\nclass Pages { Views v; }");
        JavaSource sealed = JavaSource.of(
                "content", "Typed", "package dev.mosaik.content;\nsealed interface Typed permits Kind { }");
        JavaSource kind =
                JavaSource.of("content", "Kind", "package dev.mosaik.content;\nrecord Kind() implements Typed { }");

        assertThat(ClassCycles.in(List.of(pages, listing, views, mentioned, otherPackage, sealed, kind)))
                .containsExactly(List.of("render.Listing", "render.Pages", "render.Views"));
    }

    /**
     * The classes that run a stage over a whole site. Only the pipeline wires stages: a class outside it may refer
     * use the entry points of one stage at most (counting its own stage if it is an entry point itself), so that
     * the order of the stages is written down in one place. To use one is to create it, call its static methods
     * or hold one; its nested types ({@code ContentScanner.Scan}) and constants are data and names, and model types
     * (Site, Page, I18n) are passed along: neither counts.
     */
    private static final Map<String, List<String>> ENTRY_POINTS = Map.of(
            "config", List.of("SiteConfigReader"),
            "content", List.of("ContentScanner", "ContentReader"),
            "site", List.of("SiteAssembler"),
            "render", List.of("SiteRenderer", "SheetRenderer"),
            "output",
                    List.of(
                            "OutputFolder",
                            "SyncedFolder",
                            "StaticFiles",
                            "Sitemap",
                            "Calendar",
                            "StatusExport",
                            "Feeds",
                            "search.SearchIndex",
                            "pdf.PdfPrinter"));

    private static final String PIPELINE = "pipeline";

    @Test
    void onlyThePipelineWiresStages() throws IOException {
        List<JavaSource> sources = JavaSource.all();
        List<JavaSource> entryPoints = entryPoints(sources);
        assertThat(entryPoints)
                .as("every entry point listed exists")
                .hasSize(ENTRY_POINTS.values().stream().mapToInt(List::size).sum());

        assertThat(wiringViolations(sources, entryPoints)).isEmpty();
    }

    @Test
    void aClassThatWiresTwoStagesIsFound() {
        JavaSource assembler =
                JavaSource.of("site", "SiteAssembler", "package dev.mosaik.site;\nclass SiteAssembler { }");
        JavaSource renderer =
                JavaSource.of("render", "SiteRenderer", "package dev.mosaik.render;\nclass SiteRenderer { }");
        JavaSource sitemap = JavaSource.of("output", "Sitemap", "package dev.mosaik.output;\nclass Sitemap { }");
        JavaSource preview = JavaSource.of(
                "serve",
                "Preview",
                "package dev.mosaik.serve;\nimport dev.mosaik.site.SiteAssembler;\n"
                        + "class Preview { SiteAssembler a; dev.mosaik.render.SiteRenderer r; }");
        JavaSource index = JavaSource.of(
                "output",
                "Index",
                "package dev.mosaik.output;\nimport dev.mosaik.render.SiteRenderer;\n"
                        + "class Index { Sitemap s = new Sitemap(); void r() { SiteRenderer.render(); } }");
        JavaSource names = JavaSource.of(
                "output",
                "Names",
                "package dev.mosaik.output;\nimport dev.mosaik.render.SiteRenderer;\n"
                        + "class Names { Sitemap s; String f = SiteRenderer.ATOM_FEED; SiteRenderer.Job job; }");
        JavaSource pipeline = JavaSource.of(
                PIPELINE,
                "Builder",
                "package dev.mosaik.pipeline;\nimport dev.mosaik.site.SiteAssembler;\n"
                        + "import dev.mosaik.render.SiteRenderer;\nclass Builder { SiteAssembler a; SiteRenderer r; }");
        List<JavaSource> sources = List.of(assembler, renderer, sitemap, preview, index, names, pipeline);

        assertThat(wiringViolations(sources, List.of(assembler, renderer, sitemap)))
                .containsExactly("output.Index wires [output, render]", "serve.Preview wires [render, site]");
    }

    private static List<JavaSource> entryPoints(List<JavaSource> sources) {
        Set<String> names = new TreeSet<>();
        ENTRY_POINTS.forEach((stage, classes) -> classes.forEach(c -> names.add(stage + "." + c)));
        return sources.stream()
                .filter(s -> names.contains(s.pkg() + "." + s.name()))
                .toList();
    }

    private static List<String> wiringViolations(List<JavaSource> sources, List<JavaSource> entryPoints) {
        List<String> violations = new ArrayList<>();
        for (JavaSource source : sources) {
            if (source.stage().equals(PIPELINE)) {
                continue;
            }
            Set<String> stages = new TreeSet<>();
            for (JavaSource entry : entryPoints) {
                if (entry.equals(source) || source.uses(entry)) {
                    stages.add(entry.stage());
                }
            }
            if (stages.size() > 1) {
                violations.add(source.pkg() + "." + source.name() + " wires " + stages);
            }
        }
        violations.sort(null);
        return violations;
    }
}
