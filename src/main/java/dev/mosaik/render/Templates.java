package dev.mosaik.render;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.PageView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine, built once per build and shared by all rendering threads. A site overrides any
 * template of the default theme with a file of the same name in its {@code theme/} folder.
 */
public final class Templates {

    public static final String THEME_DIR = "theme";
    private static final String BUILT_IN = "theme/templates/";

    private final TemplateEngine engine;
    private final Path siteThemeDir;

    private final Function<String, java.util.Optional<ForeignRuns>> foreignRuns;
    private final Function<String, Messages> messagesByCode;

    /** The chrome's shared parts rendered so far; empty where every page renders all of its layout. */
    private final Optional<SharedChrome> shared;

    /** Where pages rendered from a page view alone are kept between builds; {@link StoredPages#NONE} keeps none. */
    private final StoredPages stored;

    public Templates(
            Path siteRoot,
            Function<String, Messages> messagesByCode,
            Function<String, dev.mosaik.i18n.LocaleServices> localesByCode) {
        this(siteRoot, messagesByCode, localesByCode, code -> java.util.Optional.empty());
    }

    /**
     * @param foreignRuns per language code, the marking of Latin-script words in its pages, for languages written
     *                    in another script than the default language (see {@link ForeignRuns})
     */
    public Templates(
            Path siteRoot,
            Function<String, Messages> messagesByCode,
            Function<String, dev.mosaik.i18n.LocaleServices> localesByCode,
            Function<String, java.util.Optional<ForeignRuns>> foreignRuns) {
        this.foreignRuns = foreignRuns;
        this.messagesByCode = messagesByCode;
        this.shared = Optional.empty();
        this.stored = StoredPages.NONE;
        this.engine = new TemplateEngine();
        CachedMemberAccess.install();
        StandardDialect standard = new StandardDialect();
        standard.setVariableExpressionEvaluator(new RecordPaths(standard.getVariableExpressionEvaluator()));
        engine.setDialect(standard);
        this.siteThemeDir = siteRoot.resolve(THEME_DIR);
        FileTemplateResolver site = new FileTemplateResolver();
        site.setPrefix(siteThemeDir.toAbsolutePath() + "/");
        site.setSuffix(".html");
        site.setTemplateMode(TemplateMode.HTML);
        site.setCharacterEncoding("UTF-8");
        site.setCheckExistence(true);
        site.setCacheable(true);
        site.setOrder(1);
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        builtIn.setSuffix(".html");
        builtIn.setTemplateMode(TemplateMode.HTML);
        builtIn.setCharacterEncoding("UTF-8");
        builtIn.setCheckExistence(true);
        builtIn.setCacheable(true);
        builtIn.setOrder(2);
        engine.setTemplateResolvers(Set.of(site, builtIn));
        MosaikDialect dialect = new MosaikDialect(messagesByCode, localesByCode);
        engine.addDialect(dialect);
        engine.setMessageResolver(dialect.messageResolver());
    }

    private Templates(Templates compiled, Optional<SharedChrome> shared, StoredPages stored) {
        this.engine = compiled.engine;
        this.siteThemeDir = compiled.siteThemeDir;
        this.foreignRuns = compiled.foreignRuns;
        this.messagesByCode = compiled.messagesByCode;
        this.shared = shared;
        this.stored = stored;
    }

    /**
     * These templates, taking the pages {@link #renderTo} renders from a page view alone from {@code stored} (the
     * build cache) and keeping them there.
     */
    public Templates storingPages(StoredPages stored) {
        return new Templates(this, shared, stored);
    }

    /**
     * These templates, splicing into each page the parts of its chrome rendered for an earlier page (see
     * {@link SharedChrome}); what is kept lives as long as the returned instance, one run of the renderer.
     */
    Templates splicingChrome() {
        return new Templates(this, Optional.of(new SharedChrome()), stored);
    }

    /** Whether a template of that name exists in the site's theme or the default theme. */
    public boolean exists(String name) {
        return Files.isRegularFile(siteThemeDir.resolve(name + ".html")) || builtIn(name);
    }

    /**
     * Whether a template of that name exists in the theme of the site at {@code siteRoot} or the default theme,
     * before the templates are compiled (the build checks its content types' templates when it starts).
     */
    public static boolean exists(Path siteRoot, String name) {
        return Files.isRegularFile(siteRoot.resolve(THEME_DIR).resolve(name + ".html")) || builtIn(name);
    }

    /** The default theme is on the class path: mosaik's jar, and a content type's jar beside it. */
    private static boolean builtIn(String name) {
        return Templates.class.getClassLoader().getResource(BUILT_IN + name + ".html") != null;
    }

    /**
     * Renders {@code template}; a broken template is reported as a problem at its line and yields empty.
     *
     * @param forPage the content file being rendered, named in the message when the template fails
     */
    public Optional<String> render(
            String template, String languageCode, Map<String, Object> variables, String forPage, Problems problems) {
        return render(template, languageCode, variables, forPage, problems, true, new AskedMessages());
    }

    /**
     * Renders a print sheet as {@link #render} does, but without marking Latin words in other scripts: the PDF
     * is printed from this, since openhtmltopdf's text layer reorders words around the marks; the published HTML
     * gets them through {@link #markLanguages}.
     */
    Optional<String> renderForPrint(
            String template, String languageCode, Map<String, Object> variables, String forPage, Problems problems) {
        return render(template, languageCode, variables, forPage, problems, false, new AskedMessages());
    }

    /** {@code html} of a page in {@code languageCode} with Latin words in other scripts marked (see {@link ForeignRuns}). */
    String markLanguages(String languageCode, String html) {
        return foreignRuns.apply(languageCode).map(runs -> runs.mark(html)).orElse(html);
    }

    private Optional<String> render(
            String template,
            String languageCode,
            Map<String, Object> variables,
            String forPage,
            Problems problems,
            boolean markForeignRuns,
            AskedMessages asked) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable(MosaikDialect.LANGUAGE_VARIABLE, languageCode);
        context.setVariable(AskedMessages.VARIABLE, asked);
        Optional<SharedChrome.Splice> splice = shared.flatMap(
                s -> variables.get("page") instanceof PageView page ? Optional.of(s.forPage(page)) : Optional.empty());
        splice.ifPresent(s -> context.setVariable(SharedChrome.VARIABLE, s));
        try {
            String rendered = engine.process(template, context);
            String html = splice.map(s -> SharedChrome.finish(rendered, s)).orElse(rendered);
            return Optional.of(markForeignRuns ? markLanguages(languageCode, html) : html);
        } catch (TemplateEngineException e) {
            problems.error(
                    positionOf(e, template), "template failed while rendering " + forPage + ": " + rootMessage(e));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // A theme's fragments including each other, or a page's data nested beyond what the checks before know:
            // reported at the page instead of ending the build (or the preview's rebuilds) with a crash.
            problems.error(
                    SourcePosition.file(forPage),
                    "could not be rendered: template '" + template + "' nests too deeply",
                    Optional.of("look for fragments of the theme that include each other"));
            return Optional.empty();
        }
    }

    /**
     * Renders {@code template} into {@code outputFile} of {@code sink}; a broken template is reported as by
     * {@link #render} and writes nothing. A page rendered from nothing but its {@link PageView} ({@code page}) is
     * taken from the {@linkplain #storingPages stored pages} where they hold it.
     *
     * @return the pages written: 1, or 0 when the template failed
     */
    public int renderTo(
            PageSink sink,
            String outputFile,
            String template,
            String languageCode,
            Map<String, Object> variables,
            String forPage,
            Problems problems) {
        Optional<StoredPages.Finished> html = variables.size() == 1 && variables.get("page") instanceof PageView page
                ? stored(
                        template,
                        languageCode,
                        new StoredPages.Input(page, Optional.empty()),
                        variables,
                        forPage,
                        problems)
                : render(template, languageCode, variables, forPage, problems)
                        .map(h -> new StoredPages.Finished(h.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        html.ifPresent(h -> h.writeTo(sink, outputFile));
        return html.isPresent() ? 1 : 0;
    }

    /**
     * Renders {@code template} with {@code page} and {@code side} beside it (under {@link SideView#variable}) into
     * {@code outputFile} of {@code sink}, as {@link #renderTo(PageSink, String, String, String, Map, String, Problems)}
     * does: taken from the stored pages where they hold a page of these two views.
     */
    public int renderTo(
            PageSink sink,
            String outputFile,
            String template,
            String languageCode,
            PageView page,
            SideView side,
            String forPage,
            Problems problems) {
        Optional<StoredPages.Finished> html = stored(
                template,
                languageCode,
                new StoredPages.Input(page, Optional.of(side)),
                Map.of("page", page, side.variable(), side),
                forPage,
                problems);
        html.ifPresent(h -> h.writeTo(sink, outputFile));
        return html.isPresent() ? 1 : 0;
    }

    /** A page rendered from {@code input} alone ({@code variables} holds it for the template), or the one stored. */
    private Optional<StoredPages.Finished> stored(
            String template,
            String languageCode,
            StoredPages.Input input,
            Map<String, Object> variables,
            String forPage,
            Problems problems) {
        return stored.page(template, languageCode, input, new StoredPages.Rendering() {
            @Override
            public Optional<StoredPages.Page> render() {
                AskedMessages asked = new AskedMessages();
                return Templates.this
                        .render(template, languageCode, variables, forPage, problems, true, asked)
                        .map(h -> new StoredPages.Page(h.getBytes(StandardCharsets.UTF_8), asked.keys()));
            }

            @Override
            public void ask(List<String> messageKeys) {
                Messages messages = messagesByCode.apply(languageCode);
                messageKeys.forEach(messages::ask);
            }
        });
    }

    private SourcePosition positionOf(TemplateEngineException e, String template) {
        String name = template;
        int line = 0;
        if (e instanceof TemplateProcessingException processing) {
            if (processing.getTemplateName() != null) {
                name = processing.getTemplateName();
            }
            if (processing.getLine() != null) {
                line = processing.getLine();
            }
        }
        String file = Files.isRegularFile(siteThemeDir.resolve(template + ".html"))
                ? THEME_DIR + "/" + Path.of(name).getFileName().toString().replaceFirst("(\\.html)?$", ".html")
                : "(built-in theme) " + BUILT_IN + template + ".html";
        return new SourcePosition(file, line);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
