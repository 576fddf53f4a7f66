package dev.mosaik.content;

import dev.mosaik.config.CheckLimits;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A page's body to HTML: Markdown with flexmark ({@link MarkdownBody}), AsciiDoc with AsciidoctorJ, HTML as it is.
 * Links to other content files ({@code /projekte/a.md}) become the URL of that page in the same language; images
 * are checked for alt text and existence ({@link PageAddresses}). Each page gets a time limit. Thread-safe.
 */
public final class MarkdownRenderer {

    /** How much longer than its limit a page is waited for, so that the text's own deadline usually speaks first. */
    private static final Duration GRACE = Duration.ofMillis(500);

    /**
     * Pages of at most this many characters render on the calling thread. The deadline in the text stops flexmark
     * wherever it reads the page; what a worker of its own adds is the net for work that does not read it, and
     * work on a page this short ends within seconds even where it grows with the square of the page. Handing every
     * page to a worker and waiting for it left a core idle for a fifth of the Markdown stage (two thread wake-ups
     * per page: 10,000 pages took 7.2 s instead of 5.5 s on two cores).
     */
    static final int ON_CALLER_UP_TO = 16_384;

    private final MarkdownBody markdown = new MarkdownBody();

    /** AsciiDoc pages (JBake sites): AsciidoctorJ, loaded the first time a page needs it. */
    private final Asciidoc asciidoc;

    /**
     * Each longer page renders on a worker of its own, so that a page can be given up on (see {@link #render}); daemon
     * threads, so that a worker still finishing a given-up page never keeps the program from ending.
     */
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mosaik-markdown");
        thread.setDaemon(true);
        return thread;
    });

    public MarkdownRenderer() {
        this(Asciidoc.besideProgram());
    }

    MarkdownRenderer(Asciidoc asciidoc) {
        this.asciidoc = asciidoc;
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
        // Decoded once: the page keeps its text deflated (Utf8Text), and each reading inflates it again.
        String body = document.body();
        if (format == SourceFormat.MARKDOWN && !withinLimits(document, body, problems)) {
            return RenderedMarkdown.empty();
        }
        // The page's own problems wait until it is done: one that runs out of time reports only that.
        Problems own = new Problems();
        TimedText text = TimedText.of(body, timeLimit);
        FutureTask<RenderedMarkdown> work = new FutureTask<>(() -> {
            List<AddressLink> later = new ArrayList<>();
            String html = renderChecked(document, text, quotes, rightToLeft, rawHtml, targets, later, own);
            return new RenderedMarkdown(html, later);
        });
        start(work, body.length());
        try {
            // The text stops flexmark at the deadline wherever it reads the page; the wait stops waiting where it
            // does not (building one huge code block from its lines, say): the page is reported and the build goes on,
            // while its worker finishes in the background and is discarded.
            RenderedMarkdown rendered = work.get(timeLimit.toNanos() + GRACE.toNanos(), TimeUnit.NANOSECONDS);
            problems.addAll(own);
            return rendered;
        } catch (TimeoutException e) {
            work.cancel(true);
            return tooSlow(document, timeLimit, problems);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(
                    "interrupted while rendering " + document.file().relative());
        } catch (ExecutionException e) {
            return failed(document, timeLimit, e.getCause(), problems);
        }
    }

    /** Starts a page's work: here for a short page, on a worker of its own for a longer one. */
    private void start(FutureTask<RenderedMarkdown> work, int length) {
        if (length <= ON_CALLER_UP_TO) {
            work.run();
        } else {
            workers.execute(work);
        }
    }

    /** A page whose work ended in {@code cause}: a user's problem where the text is to blame, else a bug. */
    private static RenderedMarkdown failed(
            SourceDocument document, Duration timeLimit, Throwable cause, Problems problems) {
        if (cause instanceof TimedText.TooSlow) {
            return tooSlow(document, timeLimit, problems);
        }
        if (cause instanceof StackOverflowError) {
            // The check before the work catches every deep structure we know of; this is the net for one it does not.
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

    /** Whether the page passes {@link MarkdownLimits}; if not, the problem is reported at its line. */
    private static boolean withinLimits(SourceDocument document, String body, Problems problems) {
        Optional<MarkdownLimits.TooMuch> tooMuch = MarkdownLimits.check(body);
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
        String body = document.body();
        if (!withinLimits(document, body, problems)) {
            return "";
        }
        return renderChecked(
                document,
                TimedText.of(body, Duration.ofDays(1)),
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
            TimedText text,
            Quotes quotes,
            boolean rightToLeft,
            boolean rawHtml,
            LinkTargets targets,
            List<AddressLink> later,
            Problems problems) {
        PageAddresses addresses = new PageAddresses(document, targets, later, problems);
        switch (document.file().format()) {
            case HTML -> {
                return HtmlBody.render(document, text.plain(), true, rawHtml, addresses, problems);
            }
            case ASCIIDOC -> {
                Asciidoc.Converted converted = asciidoc.convert(text.plain());
                converted
                        .messages()
                        .forEach(m -> problems.warning(
                                document.file().position(document.bodyFirstLine() - 1 + Math.max(1, m.line())),
                                "AsciiDoc: " + m.text()));
                return HtmlBody.render(document, converted.html(), false, rawHtml, addresses, problems);
            }
            case MARKDOWN -> {
                return markdown.render(document, text, quotes, rightToLeft, rawHtml, addresses, problems);
            }
            default -> throw new IllegalStateException(document.file().format().toString());
        }
    }
}
