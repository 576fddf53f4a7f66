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
import dev.mosaik.diag.UiText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Pattern SUSPECT_ADDRESS =
            Pattern.compile("(?i)(?:href|src)=\"(?!(?:https?|mailto|tel):)[^\"]*[:&]");

    /**
     * flexmark decides quotation marks while parsing, so each quotation style gets its own parsers. The autolink
     * extension scans every text node of every page (an eighth of all Markdown time); it can only find a link
     * where a page has {@code ://}, {@code www.} or {@code @}, so pages without any are parsed without it.
     */
    private record Engine(Parser parser, Parser parserWithoutAutolinks, HtmlRenderer renderer) {
        static Engine of(Quotes quotes) {
            DataHolder options = options(quotes, true);
            return new Engine(
                    Parser.builder(options).build(),
                    Parser.builder(options(quotes, false)).build(),
                    HtmlRenderer.builder(options).build());
        }

        Parser parserFor(String markdown) {
            return markdown.contains("://") || markdown.contains("www.") || markdown.indexOf('@') >= 0
                    ? parser
                    : parserWithoutAutolinks;
        }
    }

    private final ConcurrentMap<Quotes, Engine> engines = new ConcurrentHashMap<>();

    /** How much longer than its limit a page is waited for, so that the text's own deadline usually speaks first. */
    private static final Duration GRACE = Duration.ofMillis(500);

    /**
     * Each page renders on a worker of its own, so that a page can be given up on (see {@link #render}); daemon
     * threads, so that a worker still finishing a given-up page never keeps the program from ending.
     */
    /** AsciiDoc pages (JBake sites): AsciidoctorJ, loaded the first time a page needs it. */
    private final Asciidoc asciidoc;

    public MarkdownRenderer() {
        this(Asciidoc.besideProgram());
    }

    MarkdownRenderer(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
    }

    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mosaik-markdown");
        thread.setDaemon(true);
        return thread;
    });

    private static DataHolder options(Quotes quotes, boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                AttributesExtension.create(),
                TypographicExtension.create(),
                new BidiIsolation.Extension(),
                new ImageSizes(),
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
    public String render(
            SourceDocument document, Quotes quotes, boolean rightToLeft, LinkTargets targets, Problems problems) {
        return render(document, quotes, rightToLeft, false, targets, problems);
    }

    /**
     * @param rawHtml whether the site lets raw HTML through unfiltered ({@code markdown.rawHtml} in site.yaml);
     *                otherwise scripts, event handlers and {@code javascript:} links are removed with a warning
     */
    public String render(
            SourceDocument document,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            LinkTargets targets,
            Problems problems) {
        return render(document, quotes, rightToLeft, rawHtml, CheckLimits.DEFAULT_PAGE_RENDER_TIME, targets, problems);
    }

    /**
     * @param timeLimit how long the page may take; a page that takes longer is reported at its file and gets no
     *                  body, so that no input, however it is built, holds up a build or the preview
     */
    public String render(
            SourceDocument document,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            Duration timeLimit,
            LinkTargets targets,
            Problems problems) {
        return renderBody(document, quotes, rightToLeft, rawHtml, timeLimit, targets, problems)
                .html();
    }

    /** As {@link #render}, with the links to addresses that only the finished build can confirm. */
    public RenderedMarkdown renderBody(
            SourceDocument document,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            Duration timeLimit,
            LinkTargets targets,
            Problems problems) {
        SourceFormat format = document.file().format();
        // AsciidoctorJ starts here, on the calling thread and outside the page's time limit: starting JRuby takes
        // seconds and is no fault of the first AsciiDoc page.
        if (format == SourceFormat.ASCIIDOC && !asciidoc.ready(document.file(), problems)) {
            return RenderedMarkdown.empty();
        }
        if (format == SourceFormat.MARKDOWN && !withinLimits(document, problems)) {
            return RenderedMarkdown.empty();
        }
        // The page's own problems wait until it is done: one that runs out of time reports only that.
        Problems own = new Problems();
        TimedText text = TimedText.of(document.body(), timeLimit);
        Future<RenderedMarkdown> work = workers.submit(() -> {
            List<AddressLink> later = new ArrayList<>();
            String html = renderChecked(document, text, quotes, rightToLeft, rawHtml, targets, later, own);
            return new RenderedMarkdown(html, later);
        });
        try {
            // The text stops flexmark at the deadline wherever it reads the page; the wait stops waiting where it
            // does not (building one huge code block from its lines, say): the page is reported and the build goes on,
            // while its worker finishes in the background and is discarded.
            RenderedMarkdown body = work.get(timeLimit.toNanos() + GRACE.toNanos(), TimeUnit.NANOSECONDS);
            problems.addAll(own);
            return body;
        } catch (TimeoutException e) {
            work.cancel(true);
            return tooSlow(document, timeLimit, problems);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(
                    "interrupted while rendering " + document.file().relative());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimedText.TooSlow) {
                return tooSlow(document, timeLimit, problems);
            }
            if (cause instanceof StackOverflowError) {
                // The check above catches every deep structure we know of; this is the net for one it does not.
                problems.error(
                        document.file().position(document.bodyFirstLine()),
                        "the text is nested too deeply to be read",
                        Optional.of("look for lists, quotes or emphasis marks inside each other hundreds of times"));
                return RenderedMarkdown.empty();
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
        tooMuch.ifPresent(too -> problems.error(
                document.file().position(document.bodyFirstLine() + too.line()), too.what(), Optional.of(too.hint())));
        return tooMuch.isEmpty();
    }

    /**
     * The work {@link #render} does for a page, on the calling thread and without a time limit: for tests that
     * measure that work by the thread's CPU time.
     */
    String renderOnThisThread(
            SourceDocument document,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            LinkTargets targets,
            Problems problems) {
        if (!withinLimits(document, problems)) {
            return "";
        }
        return renderChecked(
                document,
                TimedText.of(document.body(), Duration.ofDays(1)),
                quotes,
                rightToLeft,
                rawHtml,
                targets,
                new ArrayList<>(),
                problems);
    }

    private static RenderedMarkdown tooSlow(SourceDocument document, Duration timeLimit, Problems problems) {
        problems.error(
                SourcePosition.file(document.file().relative()),
                "took longer than " + seconds(timeLimit) + " to render",
                Optional.of(
                        "look for very long lines or thousands of links, brackets or footnotes; 'check: {renderSeconds: N}' in "
                                + "site.yaml allows more time"));
        return RenderedMarkdown.empty();
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private String renderChecked(
            SourceDocument document,
            TimedText markdown,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            LinkTargets targets,
            List<AddressLink> later,
            Problems problems) {
        switch (document.file().format()) {
            case HTML -> {
                return HtmlBody.render(
                        document,
                        document.body(),
                        true,
                        rawHtml,
                        addresses(document, targets, later, problems),
                        problems);
            }
            case ASCIIDOC -> {
                Asciidoc.Converted converted = asciidoc.convert(document.body());
                converted
                        .messages()
                        .forEach(m -> problems.warning(
                                document.file().position(document.bodyFirstLine() - 1 + Math.max(1, m.line())),
                                "AsciiDoc: " + m.text()));
                return HtmlBody.render(
                        document,
                        converted.html(),
                        false,
                        rawHtml,
                        addresses(document, targets, later, problems),
                        problems);
            }
            case MARKDOWN -> {
                return renderMarkdown(document, markdown, quotes, rightToLeft, rawHtml, targets, later, problems);
            }
            default -> throw new IllegalStateException(document.file().format().toString());
        }
    }

    /** The link and image checks of Markdown, for bodies that are HTML already. */
    private HtmlBody.Addresses addresses(
            SourceDocument document, LinkTargets targets, List<AddressLink> later, Problems problems) {
        return new HtmlBody.Addresses() {
            @Override
            public String link(SourcePosition position, String url) {
                return linkUrl(document, position, url, targets, later, problems);
            }

            @Override
            public String image(SourcePosition position, String url, String alt) {
                return imageUrl(document, position, url, alt, targets, problems);
            }

            @Override
            public Optional<ImageSize> imageSize(String url) {
                return SCHEME.matcher(url).matches()
                        ? Optional.empty()
                        : resolveFile(document, url).flatMap(targets::imageSize);
            }
        };
    }

    private String renderMarkdown(
            SourceDocument document,
            TimedText markdown,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            LinkTargets targets,
            List<AddressLink> later,
            Problems problems) {
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
                image.setUrl(BasedSequence.of(imageUrl(
                        document,
                        position(document, node),
                        source,
                        image.getText().toString(),
                        targets,
                        problems)));
                if (!SCHEME.matcher(source).matches()) {
                    resolveFile(document, source)
                            .flatMap(targets::imageSize)
                            .ifPresent(size -> ImageSizes.set(image, size));
                }
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(linkUrl(
                        document, position(document, node), link.getUrl().toString(), targets, later, problems)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(linkUrl(
                        document, position(document, node), reference.getUrl().toString(), targets, later, problems)));
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
            boolean oddAddress = node instanceof Link link
                    && SCHEME.matcher(link.getUrl()).matches()
                    && !ALLOWED_SCHEME.matcher(link.getUrl()).lookingAt();
            if (node instanceof HtmlBlockBase
                    || node instanceof HtmlInlineBase
                    || node instanceof AttributesNode
                    || oddAddress) {
                line = document.bodyFirstLine() + node.getStartLineNumber();
                break;
            }
        }
        problems.warning(
                document.file().position(line),
                "HTML that could run scripts was removed (script, style, frames, forms, on… attributes or javascript: links)",
                Optional.of(
                        "write Markdown instead; a site that trusts all its editors can set 'markdown: {rawHtml: true}' in site.yaml"));
        return HtmlSafelist.clean(html);
    }

    /**
     * Where a link points: a source file ({@code /kontakt.md}, {@code ../a.md}) becomes the address of that page in
     * the reader's language; a file next to the page or below the site root becomes its address; any other path is
     * an address of the site, absolute or relative to the page's published address (see {@link LinkTargets#address}).
     * Every form that leads nowhere is reported at its line.
     */
    private String linkUrl(
            SourceDocument document,
            SourcePosition position,
            String url,
            LinkTargets targets,
            List<AddressLink> later,
            Problems problems) {
        if (url.isBlank()) {
            problems.error(
                    position,
                    "link has no target",
                    Optional.of("write the address between the brackets: [text](/kontakt.md)"));
            return url;
        }
        if (url.equals("#")) {
            problems.error(
                    position,
                    "link target '#' leads nowhere (it only scrolls to the top of the page)",
                    Optional.of("write the page the link should open, e.g. /kontakt.md, or remove the link"));
            return url;
        }
        if (url.startsWith("#")) {
            return url; // an anchor on this page: checked by 'mosaik check' against the finished page
        }
        if (isOnThisComputer(url)) {
            problems.error(
                    position,
                    "link target '" + url + "' is a file on this computer, which readers cannot open",
                    Optional.of("copy the file into the site, next to the page, and link it by name"));
            return "#";
        }
        if (url.startsWith("//")) {
            // Protocol-relative: a browser opens it on another server. Refused rather than guessed, since it is usually
            // a mangled address of this site or an external address missing its https:.
            problems.error(
                    position,
                    "link target '" + url + "' leaves out the scheme, so browsers open it on the server '"
                            + url.substring(2).split("[/?#]", 2)[0] + "'",
                    Optional.of("write another site's address in full (https:" + url
                            + "), an address of this site with one slash (/" + url.replaceFirst("^/+", "") + ")"));
            return "#";
        }
        if (SCHEME.matcher(url).matches()) {
            return schemeUrl(position, url, problems);
        }
        String head = url.split("[/?]", 2)[0];
        int hashInHead = head.indexOf('#');
        if (head.indexOf(':') >= 0 && (hashInHead < 0 || head.indexOf(':') < hashInHead || head.contains("&"))) {
            // Not a scheme as RFC 3986 spells one, yet a browser may read one (java&#x73;cript:): left for the
            // safelist.
            problems.error(
                    position,
                    "link target '" + url + "' is neither a web address nor an address of this site",
                    Optional.of("write https://… for another site, or the page's source file such as /kontakt.md"));
            return url;
        }
        if (url.indexOf('\\') >= 0) {
            if (climbsOut(document, url)) {
                problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
            } else {
                problems.error(
                        position,
                        "link target '" + url + "' contains a backslash; web addresses separate folders with '/'",
                        Optional.of("write " + url.replace('\\', '/')));
            }
            return "#";
        }
        int hash = url.indexOf('#');
        String beforeHash = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = beforeHash.indexOf('?');
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        String suffix = (question < 0 ? "" : beforeHash.substring(question)) + fragment;
        if (SourceFormat.isSourceLink(path)) {
            if (climbsOut(document, path)) {
                problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
                return "#";
            }
            Optional<TranslationKey> key = TranslationKey.ofLink(decoded(path).orElse(path), document.key());
            Optional<String> target = key.flatMap(targets::page);
            if (target.isEmpty()) {
                if (key.filter(targets::unreadable).isEmpty()) {
                    String wanted = key.map(TranslationKey::value).orElse(path);
                    problems.error(
                            position,
                            UiText.of("link.missing", url),
                            DidYouMean.closest(wanted, targets.pageKeys())
                                    .map(k -> UiText.of("hint.didYouMean", "/" + k + ".md")));
                }
                return url;
            }
            return target.get() + suffix;
        }
        Optional<String> decoded = decoded(path);
        if (decoded.isEmpty()) {
            problems.error(
                    position,
                    "link target '" + url + "' has a '%' escape that stands for no character",
                    Optional.of(
                            "write the character itself, an escape such as %20 for a space, or %25 for a percent sign"));
            return url;
        }
        // JBake compatibility: a page's name with .html (about.html, ../2013/post.html) is the address JBake gave it,
        // which stays an alias of the page: the link goes to the page itself.
        if (decoded.get().endsWith(".html")) {
            Optional<String> page = TranslationKey.ofLink(
                            decoded.get().substring(0, decoded.get().length() - ".html".length()) + ".md",
                            document.key())
                    .flatMap(targets::page);
            if (page.isPresent()) {
                return page.get() + suffix;
            }
        }
        // A file next to the page (a PDF flyer) or below the site root (/assets' files): linked by its name.
        if (!decoded.get().isEmpty() && !decoded.get().endsWith("/")) {
            Optional<String> file = resolveFile(document, decoded.get()).flatMap(targets::file);
            if (file.isPresent()) {
                return file.get() + suffix;
            }
        }
        LinkTargets.Address address = targets.address(decoded.get());
        if (address instanceof LinkTargets.Address.Found found) {
            return found.href() + suffix;
        }
        if (address instanceof LinkTargets.Address.Later pending) {
            later.add(new AddressLink(url, pending.address(), pending.alternative(), position));
            return pending.href() + suffix;
        }
        problems.error(position, UiText.of("link.aboveRoot", url), UiText.of("hint.aboveRoot"));
        return "#";
    }

    /** Links with a scheme: {@code javascript:} is refused, {@code mailto:} and {@code tel:} need an address or a number. */
    private static String schemeUrl(SourcePosition position, String url, Problems problems) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")) {
            problems.error(position, "links to 'javascript:' are not allowed");
            return "#";
        }
        if (lower.startsWith("mailto:")
                && !url.substring("mailto:".length()).split("\\?", 2)[0].contains("@")) {
            problems.error(
                    position,
                    "link target '" + url + "' has no e-mail address",
                    Optional.of("write mailto:name@example.org"));
        } else if (lower.startsWith("tel:") && !url.substring("tel:".length()).matches("\\+?[0-9][0-9 ()./-]*")) {
            problems.error(
                    position,
                    "link target '" + url + "' is not a telephone number",
                    Optional.of("write the number with digits only, the country code first: tel:+4964419900"));
        }
        return url;
    }

    /**
     * {@code path} with its {@code %} escapes decoded as UTF-8 and in Unicode NFC; empty when an escape is broken or
     * the bytes are no UTF-8 text. ({@code URLDecoder} is for forms: it reads '+' as a space and lets broken bytes through.)
     */
    static Optional<String> decoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(UrlSegment.normalise(path));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '%') {
                    if (i + 2 >= path.length()
                            || Character.digit(path.charAt(i + 1), 16) < 0
                            || Character.digit(path.charAt(i + 2), 16) < 0) {
                        return Optional.empty();
                    }
                    bytes.write(Integer.parseInt(path, i + 1, i + 3, 16));
                    i += 2;
                    continue;
                }
                text.append(utf8.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())));
                bytes.reset();
                text.append(c);
            }
            text.append(utf8.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())));
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
        return Optional.of(UrlSegment.normalise(text.toString()));
    }

    private String imageUrl(
            SourceDocument document,
            SourcePosition position,
            String url,
            String alt,
            LinkTargets targets,
            Problems problems) {
        if (alt.isBlank()) {
            problems.error(position, UiText.of("image.noAlt", url), UiText.of("hint.imageAlt", url));
        }
        if (isOnThisComputer(url)) {
            problems.error(
                    position,
                    "image '" + url + "' is a file on this computer, which readers cannot see",
                    Optional.of("copy the image into the site, next to the page, and link it by file name"));
            return "";
        }
        if (climbsOut(document, url)) {
            problems.error(
                    position,
                    "image '" + url + "' points above the site's root folder",
                    Optional.of("put the image next to the page or in assets/"));
            return "";
        }
        if (SCHEME.matcher(url).matches() || url.startsWith("//")) {
            problems.error(position, UiText.of("image.foreign", url), UiText.of("hint.imageForeign"));
            return url;
        }
        return resolveFile(document, url).flatMap(targets::file).orElseGet(() -> {
            problems.error(
                    position,
                    UiText.of("image.missing", url),
                    UiText.of(
                            "hint.imageMissing",
                            "content/"
                                    + document.key()
                                            .directory()
                                            .map(d -> d + "/")
                                            .orElse(""),
                            "/" + url.replaceFirst("^/", "")));
            return url;
        });
    }

    /** {@code file:///…}, {@code C:\…}, {@code \\server\share}: pasted from the editor's file manager. */
    private static boolean isOnThisComputer(String url) {
        return url.regionMatches(true, 0, "file:", 0, 5)
                || WINDOWS_PATH.matcher(url).lookingAt();
    }

    /** Whether {@code ..} segments lead above the site root (site-absolute) or the content folder (relative). */
    private static boolean climbsOut(SourceDocument document, String path) {
        if (SCHEME.matcher(path).matches()) {
            return false;
        }
        int depth = path.startsWith("/")
                ? 0
                : document.key().directory().map(d -> d.split("/").length).orElse(0);
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
