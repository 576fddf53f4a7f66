package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever an editor (or an attacker) writes, a page's Markdown renders in time proportional to its length.
 * Pages are made of the shapes that make Markdown parsers slow — unclosed brackets and link addresses, emphasis
 * marks, footnotes, references, backticks, raw HTML, nested lists and quotes — repeated up to a few hundred
 * kilobytes. The bound is a benchmark's, not a timer's: 2 s plus 50 ms per kilobyte of the thread's CPU time (so
 * that other processes on a loaded machine do not count), where a linear parser needs a few milliseconds per
 * kilobyte and a quadratic one minutes for the larger pages.
 */
class MarkdownTimePropertiesTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int MAX_CHARS = 300_000;

    private static final List<String> SHAPES = List.of(
            "[a](",
            "[",
            "]",
            "](",
            "(",
            ")",
            "*",
            "_",
            "**a",
            "a*",
            "_a ",
            "[^1]",
            "[^x]: y\n",
            "[r]: /u\n",
            "[r] ",
            "[r][",
            "`",
            "``a",
            "<a href=\"",
            "<div>\n",
            "<!--",
            "<",
            ">",
            "\"",
            "'",
            "\\",
            "&amp;",
            "&#",
            "![a](",
            "[a][b]",
            "[a](b \"",
            "[a](<b",
            "*a [b](/c) ",
            "***",
            "# ",
            "a\n===\n",
            "a\n---\n",
            "|a|b|\n|-|-|\n",
            "| ",
            "http://a.b/ ",
            "www.a.",
            "x@y.z ",
            "{.a #b}",
            "{",
            "}",
            " ",
            "\n",
            "\n\n",
            "    ",
            "~~~\n",
            "```\n");
    private static final List<String> CONTAINERS = List.of("", "> ", "- ", "1. ", "> - ", "  ", "    - ");

    @Property(tries = 50)
    void rendersInTimeProportionalToItsLength(@ForAll("pathologicalPages") String page) {
        Problems problems = new Problems();
        SourceFile file = ContentTestSupport.file("content/erzeugt.de.md", "erzeugt", "de");
        long start = cpuNanos();
        // On this thread, so that its CPU time is the page's: render() hands the work to a worker of its own.
        MARKDOWN.renderOnThisThread(
                new SourceDocument(file, null, page, 5), Quotes.ENGLISH, false, false, NO_TARGETS, problems);
        long millis = (cpuNanos() - start) / 1_000_000;
        double kilobytes = page.length() / 1024.0;
        Statistics.label("milliseconds per kilobyte").collect(millis / Math.max(1, (long) kilobytes));
        assertThat(millis).as("%,.0f KB took %,d ms", kilobytes, millis).isLessThan(2_000 + (long) (50 * kilobytes));
        assertThat(problems.all())
                .as("every problem is located in the page")
                .allSatisfy(p -> assertThat(p.position().file()).isEqualTo("content/erzeugt.de.md"));
    }

    @Provide
    Arbitrary<String> pathologicalPages() {
        Arbitrary<String> unit =
                Arbitraries.of(SHAPES).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<String> container = Arbitraries.of(CONTAINERS);
        Arbitrary<Integer> repeats = Arbitraries.integers().between(1, 60_000);
        Arbitrary<Boolean> lines = Arbitraries.of(true, false);
        return Combinators.combine(container, unit, repeats, lines).as((prefix, text, times, eachOnALine) -> {
            String one = prefix + text + (eachOnALine ? "\n" : "");
            int fitting = Math.max(1, Math.min(times, MAX_CHARS / one.length()));
            return one.repeat(fitting);
        });
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final LinkTargets NO_TARGETS = new LinkTargets() {
        @Override
        public Optional<String> page(TranslationKey key) {
            return Optional.empty();
        }

        @Override
        public Collection<String> pageKeys() {
            return List.of();
        }

        @Override
        public Optional<String> file(String path) {
            return Optional.empty();
        }
    };
}
