package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages built to be slow: each finishes or is refused at its line within a generous bound (the bounds are 100 times
 * what these take on a quiet machine, so that a loaded one does not fail them; without the fixes they take minutes).
 */
class MarkdownTimeTest {

    private static final Duration GENEROUS = Duration.ofSeconds(20);

    private final Problems problems = new Problems();

    /** Targets that know no page and no file. */
    private static class NoTargets implements LinkTargets {
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
    }

    private static final LinkTargets NO_TARGETS = new NoTargets();

    private String render(String body, Duration limit) {
        SourceFile file = ContentTestSupport.file("content/langsam.de.md", "langsam", "de");
        return new MarkdownRenderer()
                .render(
                        new SourceDocument(file, null, body, 5),
                        Quotes.ENGLISH,
                        false,
                        false,
                        limit,
                        NO_TARGETS,
                        problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void linkOpenersWithoutClosingParenthesesAreRefusedAtTheirLine() {
        assertTimeoutPreemptively(GENEROUS, () -> render("Text\n\n" + "[a](".repeat(40_000), Duration.ofSeconds(60)));
        assertThat(messages())
                .singleElement()
                .asString()
                .startsWith(
                        "content/langsam.de.md:7: more than 1,000 unclosed link brackets ('](' without ')' on the line)");
    }

    @Test
    void fiftyThousandChainedFootnotesAreRefusedAtTheLineOfTheTooManyth() {
        StringBuilder page = new StringBuilder("Siehe[^1].\n\n");
        for (int i = 1; i <= 50_000; i++) {
            page.append("[^").append(i).append("]: Siehe auch[^").append(i + 1).append("].\n\n");
        }
        assertTimeoutPreemptively(GENEROUS, () -> render(page.toString(), Duration.ofSeconds(60)));
        // Line 1 has one, each definition line two: the 2,001st is on the definition of footnote 1,000.
        assertThat(messages())
                .singleElement()
                .asString()
                .startsWith("content/langsam.de.md:2005: more than 2,000 footnotes and references to footnotes");
    }

    @Test
    void aHundredThousandReferenceLinksAreRefusedAtTheLineOfTheTooManyth() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            page.append("[ziel")
                    .append(i)
                    .append("]: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        assertTimeoutPreemptively(GENEROUS, () -> render(page.toString(), Duration.ofSeconds(60)));
        assertThat(messages())
                .singleElement()
                .asString()
                .startsWith("content/langsam.de.md:10005: more than 10,000 link reference definitions");
    }

    @Test
    void aQuoteOfFortyThousandLinesIsRefusedAtTheLineOfTheTooManyth() {
        assertTimeoutPreemptively(GENEROUS, () -> render("> '\n".repeat(40_000), Duration.ofSeconds(60)));
        assertThat(messages())
                .singleElement()
                .asString()
                .startsWith("content/langsam.de.md:5005: more than 5,000 lines in a row in one quote or list");
    }

    @Test
    void aPageThatRunsOutOfTimeIsReportedAtItsFileWithoutABody() {
        String html = render(
                "Ein Absatz mit *Betonung* und [Link](https://example.org/).\n\n".repeat(2_000), Duration.ofNanos(1));
        assertThat(html).isEmpty();
        assertThat(messages())
                .containsExactly(
                        "content/langsam.de.md: took longer than 0 s to render"
                                + " (look for very long lines or thousands of links, brackets or footnotes; 'check: {renderSeconds: N}' in site.yaml allows more time)");
    }

    @Test
    void shortPagesRenderOnTheCallingThreadAndLongOnesOnAWorkerThatCanBeGivenUpOn() {
        String link = "[Kontakt](/kontakt/)\n\n";
        String longText = link + "Ein Satz. ".repeat(MarkdownRenderer.ON_CALLER_UP_TO / 10 + 1);
        assertThat(threadLookingUpLinks(link)).isSameAs(Thread.currentThread());
        assertThat(threadLookingUpLinks(longText)).isNotSameAs(Thread.currentThread());
        assertThat(problems.all()).isEmpty();
    }

    /** The thread on which the links of a page with {@code body} were looked up while it rendered. */
    private Thread threadLookingUpLinks(String body) {
        java.util.concurrent.atomic.AtomicReference<Thread> seen = new java.util.concurrent.atomic.AtomicReference<>();
        LinkTargets recording = new NoTargets() {
            @Override
            public Address address(String path) {
                seen.set(Thread.currentThread());
                return new Address.Found("/de/kontakt/");
            }
        };
        SourceFile file = ContentTestSupport.file("content/seite.de.md", "seite", "de");
        String html = new MarkdownRenderer()
                .render(new SourceDocument(file, null, body, 5), Quotes.ENGLISH, false, recording, problems);
        assertThat(html).contains("href=\"/de/kontakt/\"");
        return seen.get();
    }

    @Test
    void flexmarkReadsThePageThroughItsDeadline() {
        TimedText expired = TimedText.of("Viel Text. ".repeat(10_000), Duration.ZERO);
        Parser parser = Parser.builder().build();
        assertThatThrownBy(() -> parser.parse(BasedSequence.of(expired))).isInstanceOf(TimedText.TooSlow.class);
    }

    /** The shapes that took flexmark minutes, parsed directly, without the limits that refuse them first. */
    @ParameterizedTest
    @ValueSource(strings = {"links", "references", "paragraph"})
    void theParserTakesTimeInProportionToThePage(String shape) {
        String text = switch (shape) {
            case "links" -> "[a](".repeat(40_000);
            case "references" -> {
                StringBuilder page = new StringBuilder();
                for (int i = 0; i < 50_000; i++) {
                    page.append("[ziel").append(i).append("]: /").append(i).append('\n');
                }
                yield page.toString();
            }
            default -> "*a* [b](/c)\n".repeat(50_000);
        };
        Parser parser = parser(List.of(new LinearParsing()));
        assertTimeoutPreemptively(GENEROUS, () -> parser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Titel\n---\n\nText",
                "Zwei\nZeilen\n===\n",
                "- a\n-\n",
                "> Zitat\n---\n",
                "Text\n    ---\n",
                "[r]: /u\n[s]: /v \"Titel\"\n===\n\n[r] und [s]\n",
                "Siehe [Ziel].\n\n[Ziel]: https://example.org/ 'T'\n",
                "[a](x(y)) [b](<c d>) [e](f \"t\") [g](<h)i>) ![j](k.png)\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\n\n[x]: /y\n",
                "Fußnote[^1].\n\n[^1]: Text mit [Link][x].\n\n[x]: /z\n",
                "`code [a](b` und \\[c](d)\n"
            })
    void theHtmlIsFlexmarksOwn(String markdown) {
        List<Extension> extensions = List.of(TablesExtension.create(), FootnoteExtension.create());
        HtmlRenderer renderer = HtmlRenderer.builder(options(extensions)).build();
        String own = renderer.render(parser(extensions).parse(markdown));
        List<Extension> linear = new java.util.ArrayList<>(extensions);
        linear.add(new LinearParsing());
        assertThat(renderer.render(parser(linear).parse(markdown))).isEqualTo(own);
    }

    @Test
    void parenthesesNestMoreThanThirtyTwoDeepOnlyAsText() {
        String deep = "[a](" + "(".repeat(40) + ")".repeat(40) + ")";
        String html = HtmlRenderer.builder()
                .build()
                .render(parser(List.of(new LinearParsing())).parse(deep));
        assertThat(html).doesNotContain("<a ");
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder(options(extensions)).build();
    }

    private static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }
}
