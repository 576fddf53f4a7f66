package dev.mosaik.content;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.mosaik.config.CheckLimits;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: tables, footnotes, autolinks, attributes, heading ids and typographic
 * quotes in the page's language. Links to other content files ({@code /projekte/a.md}) become the URL of
 * that page in the same language; images are checked for alt text and existence. Thread-safe: parsers and
 * renderers are immutable and shared, one pair per quotation style.
 */
public final class MarkdownRenderer {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern ALLOWED_SCHEME = Pattern.compile("(?i)(?:https?|mailto|tel):");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[a-zA-Z]:[\\\\/]|\\\\\\\\");
    /**
     * A link or image address that might have a scheme the safelist does not allow: one that does not start with
     * an allowed scheme and contains a colon or an entity ({@code java&#x73;cript:} is {@code javascript:} to a browser).
     */
    private static final Pattern SUSPECT_ADDRESS = Pattern.compile("(?i)(?:href|src)=\"(?!(?:https?|mailto|tel):)[^\"]*[:&]");

    /**
     * flexmark decides quotation marks while parsing, so each quotation style gets its own parsers. The autolink
     * extension scans every text node of every page (an eighth of all Markdown time); it can only find a link
     * where a page has {@code ://}, {@code www.} or {@code @}, so pages without any are parsed without it.
     */
    private record Engine(Parser parser, Parser parserWithoutAutolinks, HtmlRenderer renderer) {
        static Engine of(Quotes quotes) {
            DataHolder options = options(quotes, true);
            return new Engine(Parser.builder(options).build(), Parser.builder(options(quotes, false)).build(),
                    HtmlRenderer.builder(options).build());
        }

        Parser parserFor(String markdown) {
            return markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0 ? parser : parserWithoutAutolinks;
        }
    }

    private final ConcurrentMap<Quotes, Engine> engines = new ConcurrentHashMap<>();

    /** AsciiDoc pages (JBake sites): AsciidoctorJ, loaded the first time a page needs it. */
    private final Asciidoc asciidoc;

    public MarkdownRenderer() {
        this(Asciidoc.besideProgram());
    }

    MarkdownRenderer(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
    }

    /** How much longer than its limit a page is waited for, so that the text's own deadline usually speaks first. */
    private static final Duration GRACE = Duration.ofMillis(500);

    /**
     * Each page renders on a worker of its own, so that a page can be given up on (see {@link #render}); daemon
     * threads, so that a worker still finishing a given-up page never keeps the program from ending.
     */
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mosaik-markdown");
        thread.setDaemon(true);
        return thread;
    });

    private static DataHolder options(Quotes quotes, boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), TypographicExtension.create(), new BidiIsolation.Extension(), new ImageSizes(),
                new LinearParsing()));
        if (autolinks) {
            extensions.add(2, AutolinkExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // The language's own quotation marks; dashes and ellipses come out as HTML entities (flexmark fixes those).
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.open());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.close());
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.singleOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.singleClose());
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        return options.toImmutable();
    }

    /**
     * Renders the body of {@code document}; broken links and images are reported with their lines.
     *
     * @param rightToLeft whether the text's language is written right to left, which decides which runs
     *                    of text get isolated
     */
    public String render(SourceDocument document, Quotes quotes, boolean rightToLeft, LinkTargets targets, Problems problems) {
        return render(document, quotes, rightToLeft, false, targets, problems);
    }

    /**
     * @param rawHtml whether the site lets raw HTML through unfiltered ({@code markdown.rawHtml} in site.yaml);
     *                otherwise scripts, event handlers and {@code javascript:} links are removed with a warning
     */
    public String render(SourceDocument document, Quotes quotes, boolean rightToLeft, boolean rawHtml, LinkTargets targets,
            Problems problems) {
        return render(document, quotes, rightToLeft, rawHtml, CheckLimits.DEFAULT_PAGE_RENDER_TIME, targets, problems);
    }

    /**
     * @param timeLimit how long the page may take; a page that takes longer is reported at its file and gets no
     *                  body, so that no input, however it is built, holds up a build or the preview
     */
    public String render(SourceDocument document, Quotes quotes, boolean rightToLeft, boolean rawHtml, Duration timeLimit,
            LinkTargets targets, Problems problems) {
        SourceFormat format = document.file().format();
        // AsciidoctorJ starts here, on the calling thread and outside the page's time limit: starting JRuby takes
        // seconds and is no fault of the first AsciiDoc page.
        if (format == SourceFormat.ASCIIDOC && !asciidoc.ready(document.file(), problems)) {
            return "";
        }
        if (format == SourceFormat.MARKDOWN && !withinLimits(document, problems)) {
            return "";
        }
        // The page's own problems wait until it is done: one that runs out of time reports only that.
        Problems own = new Problems();
        TimedText text = TimedText.of(document.body(), timeLimit);
        Future<String> work = workers.submit(() -> renderChecked(document, text, quotes, rightToLeft, rawHtml, targets, own));
        try {
            // The text stops flexmark at the deadline wherever it reads the page; the wait stops waiting where it
            // does not (building one huge code block from its lines, say): the page is reported and the build goes on,
            // while its worker finishes in the background and is discarded.
            String html = work.get(timeLimit.toNanos() + GRACE.toNanos(), TimeUnit.NANOSECONDS);
            problems.addAll(own);
            return html;
        } catch (TimeoutException e) {
            work.cancel(true);
            return tooSlow(document, timeLimit, problems);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while rendering " + document.file().relative());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimedText.TooSlow) {
                return tooSlow(document, timeLimit, problems);
            }
            if (cause instanceof StackOverflowError) {
                // The check above catches every deep structure we know of; this is the net for one it does not.
                problems.error(document.file().position(document.bodyFirstLine()), "the text is nested too deeply to be read",
                        Optional.of("look for lists, quotes or emphasis marks inside each other hundreds of times"));
                return "";
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Whether the page passes {@link MarkdownLimits}; if not, the problem is reported at its line. */
    private static boolean withinLimits(SourceDocument document, Problems problems) {
        Optional<MarkdownLimits.TooMuch> tooMuch = MarkdownLimits.check(document.body());
        tooMuch.ifPresent(too -> problems.error(document.file().position(document.bodyFirstLine() + too.line()), too.what(),
                Optional.of(too.hint())));
        return tooMuch.isEmpty();
    }

    /**
     * The work {@link #render} does for a page, on the calling thread and without a time limit: for tests that
     * measure that work by the thread's CPU time.
     */
    String renderOnThisThread(SourceDocument document, Quotes quotes, boolean rightToLeft, boolean rawHtml, LinkTargets targets,
            Problems problems) {
        if (!withinLimits(document, problems)) {
            return "";
        }
        return renderChecked(document, TimedText.of(document.body(), Duration.ofDays(1)), quotes, rightToLeft, rawHtml, targets, problems);
    }

    private static String tooSlow(SourceDocument document, Duration timeLimit, Problems problems) {
        problems.error(SourcePosition.file(document.file().relative()), "took longer than " + seconds(timeLimit) + " to render",
                Optional.of("look for very long lines or thousands of links, brackets or footnotes; 'check: {renderSeconds: N}' in "
                        + "site.yaml allows more time"));
        return "";
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private String renderChecked(SourceDocument document, TimedText markdown, Quotes quotes, boolean rightToLeft, boolean rawHtml,
            LinkTargets targets, Problems problems) {
        switch (document.file().format()) {
            case HTML -> {
                return HtmlBody.render(document, document.body(), true, rawHtml, addresses(document, targets, problems), problems);
            }
            case ASCIIDOC -> {
                Asciidoc.Converted converted = asciidoc.convert(document.body());
                converted.messages().forEach(m -> problems.warning(document.file().position(document.bodyFirstLine() - 1 + Math.max(1, m.line())),
                        "AsciiDoc: " + m.text()));
                return HtmlBody.render(document, converted.html(), false, rawHtml, addresses(document, targets, problems), problems);
            }
            case MARKDOWN -> {
                return renderMarkdown(document, markdown, quotes, rightToLeft, rawHtml, targets, problems);
            }
            default -> throw new IllegalStateException(document.file().format().toString());
        }
    }

    /** The link and image checks of Markdown, for bodies that are HTML already. */
    private HtmlBody.Addresses addresses(SourceDocument document, LinkTargets targets, Problems problems) {
        return new HtmlBody.Addresses() {
            @Override
            public String link(SourcePosition position, String url) {
                return linkUrl(document, position, url, targets, problems);
            }

            @Override
            public String image(SourcePosition position, String url, String alt) {
                return imageUrl(document, position, url, alt, targets, problems);
            }

            @Override
            public Optional<ImageSize> imageSize(String url) {
                return SCHEME.matcher(url).matches() ? Optional.empty() : resolveFile(document, url).flatMap(targets::imageSize);
            }
        };
    }

    private String renderMarkdown(SourceDocument document, TimedText markdown, Quotes quotes, boolean rightToLeft, boolean rawHtml,
            LinkTargets targets, Problems problems) {
        Engine engine = engines.computeIfAbsent(quotes, Engine::of);
        Document ast = engine.parserFor(document.body()).parse(BasedSequence.of(markdown));
        BidiIsolation.apply(ast, rightToLeft);
        boolean needsSafelist = false;
        for (Node node : ast.getDescendants()) {
            markdown.check();
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                needsSafelist = true;
                ForeignSources.check(node.getChars().toString(), position(document, node), problems);
            } else if (node instanceof AttributesNode) {
                needsSafelist = true;
            } else if (node instanceof Image image) {
                String source = image.getUrl().toString();
                image.setUrl(BasedSequence.of(imageUrl(document, position(document, node), source, image.getText().toString(), targets, problems)));
                if (!SCHEME.matcher(source).matches()) {
                    resolveFile(document, source).flatMap(targets::imageSize).ifPresent(size -> ImageSizes.set(image, size));
                }
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(linkUrl(document, position(document, node), link.getUrl().toString(), targets, problems)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(linkUrl(document, position(document, node), reference.getUrl().toString(), targets, problems)));
            }
        }
        String html = engine.renderer().render(ast);
        // Plain Markdown cannot produce a script, only raw HTML, {attributes} and odd link addresses can; the
        // safelist's HTML parse is the costliest step of a page, so pages without those skip it.
        if (rawHtml || !needsSafelist && !SUSPECT_ADDRESS.matcher(html).find() || HtmlSafelist.isSafe(html)) {
            return html;
        }
        int line = 0;
        for (Node node : ast.getDescendants()) {
            boolean oddAddress = node instanceof Link link && SCHEME.matcher(link.getUrl()).matches()
                    && !ALLOWED_SCHEME.matcher(link.getUrl()).lookingAt();
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof AttributesNode || oddAddress) {
                line = document.bodyFirstLine() + node.getStartLineNumber();
                break;
            }
        }
        problems.warning(document.file().position(line), "HTML that could run scripts was removed (script, style, frames, forms, on… attributes or javascript: links)",
                Optional.of("write Markdown instead; a site that trusts all its editors can set 'markdown: {rawHtml: true}' in site.yaml"));
        return HtmlSafelist.clean(html);
    }

    private String linkUrl(SourceDocument document, SourcePosition position, String url, LinkTargets targets, Problems problems) {
        if (url.isEmpty() || url.startsWith("#")) {
            return url;
        }
        if (isOnThisComputer(url)) {
            problems.error(position, "link target '" + url + "' is a file on this computer, which readers cannot open",
                    Optional.of("copy the file into the site, next to the page, and link it by name"));
            return "#";
        }
        if (SCHEME.matcher(url).matches()) {
            if (url.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                problems.error(position, "links to 'javascript:' are not allowed");
                return "#";
            }
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (climbsOut(document, path)) {
            problems.error(position, "link target '" + url + "' points above the site's root folder",
                    Optional.of("remove the '../' that lead out of the site"));
            return "#";
        }
        if (SourceFormat.isSourceLink(path)) {
            Optional<TranslationKey> key = TranslationKey.ofLink(path, document.key());
            Optional<String> target = key.flatMap(targets::page);
            if (target.isEmpty()) {
                String wanted = key.map(TranslationKey::value).orElse(path);
                problems.error(position, "link target '" + url + "' does not exist",
                        DidYouMean.closest(wanted, targets.pageKeys()).map(k -> "did you mean '/" + k + ".md'?"));
                return url;
            }
            return target.get() + fragment;
        }
        // JBake compatibility: a page's name with .html (about.html, ../2013/post.html) is the address JBake gave it,
        // which stays an alias of the page: the link goes to the page itself.
        if (path.endsWith(".html")) {
            Optional<String> page = TranslationKey.ofLink(path.substring(0, path.length() - ".html".length()) + ".md", document.key())
                    .flatMap(targets::page);
            if (page.isPresent()) {
                return page.get() + fragment;
            }
        }
        if (path.startsWith("/") || path.isEmpty()) {
            return url;
        }
        // A relative link to a file next to the page, such as a PDF flyer.
        return resolveFile(document, path).flatMap(targets::file).map(u -> u + fragment).orElseGet(() -> {
            problems.error(position, "link target '" + url + "' does not exist",
                    Optional.of("link pages by their source file, e.g. /projekte/schule-verstehen.md"));
            return url;
        });
    }

    private String imageUrl(SourceDocument document, SourcePosition position, String url, String alt, LinkTargets targets, Problems problems) {
        if (alt.isBlank()) {
            problems.error(position, "image '" + url + "' has no alt text",
                    Optional.of("describe what it shows: ![Kinder beim Kulturfest](" + url + ")"));
        }
        if (isOnThisComputer(url)) {
            problems.error(position, "image '" + url + "' is a file on this computer, which readers cannot see",
                    Optional.of("copy the image into the site, next to the page, and link it by file name"));
            return "";
        }
        if (climbsOut(document, url)) {
            problems.error(position, "image '" + url + "' points above the site's root folder",
                    Optional.of("put the image next to the page or in assets/"));
            return "";
        }
        if (SCHEME.matcher(url).matches() || url.startsWith("//")) {
            problems.error(position, "image '" + url + "' is on another server; readers' browsers would contact it",
                    Optional.of("save the image in the site, next to the page, and link it by file name"));
            return url;
        }
        return resolveFile(document, url).flatMap(targets::file).orElseGet(() -> {
            problems.error(position, "image '" + url + "' not found",
                    Optional.of("put it next to the page (content/" + document.key().directory().map(d -> d + "/").orElse("")
                            + ") or in assets/ and link it as /" + url.replaceFirst("^/", "")));
            return url;
        });
    }

    /** {@code file:///…}, {@code C:\…}, {@code \\server\share}: pasted from the editor's file manager. */
    private static boolean isOnThisComputer(String url) {
        return url.regionMatches(true, 0, "file:", 0, 5) || WINDOWS_PATH.matcher(url).lookingAt();
    }

    /** Whether {@code ..} segments lead above the site root (site-absolute) or the content folder (relative). */
    private static boolean climbsOut(SourceDocument document, String path) {
        if (SCHEME.matcher(path).matches()) {
            return false;
        }
        int depth = path.startsWith("/") ? 0 : document.key().directory().map(d -> d.split("/").length).orElse(0);
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..") && --depth < 0) {
                return true;
            } else if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
                depth++;
            }
        }
        return false;
    }

    /** Content-relative or site-absolute path of a file reference; empty when it climbs out of the site. */
    private static Optional<String> resolveFile(SourceDocument document, String url) {
        if (url.startsWith("/")) {
            return TranslationKey.normalise(url.substring(1)).map(p -> "/" + p);
        }
        String folder = document.key().directory().map(d -> d + "/").orElse("");
        return TranslationKey.normalise(folder + url);
    }

    private static SourcePosition position(SourceDocument document, Node node) {
        return document.file().position(document.bodyFirstLine() + node.getStartLineNumber());
    }
}
