package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourceText;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * No text makes the front-matter reader throw: whatever an editor saves (or a tool garbles), the answer is a
 * document or problems with positions — and exactly one of the two.
 */
class FrontMatterPropertiesTest {

    private static final SourceFile FILE = ContentTestSupport.file("content/a.de.md", "a", "de");

    /** Pieces that are special to YAML, to JBake headers, to Markdown or to Unicode, mixed with arbitrary text. */
    private static final List<String> HOSTILE = List.of(
            "---",
            "...",
            "~~~~~~",
            "title: ",
            "title=",
            "slug: ",
            "aliases: ",
            "tags: ",
            "date: ",
            "type: kurs",
            "type: termin",
            "weight: ",
            "draft: ",
            "&a ",
            "*a",
            "<<: *a",
            "[",
            "]",
            "{",
            "}",
            "? ",
            ": ",
            "- ",
            "!!binary ",
            "!!python/object:os.system ",
            "!<tag:yaml.org,2002:str> ",
            "%YAML 1.1\n",
            "%TAG ! tag:x,2000:\n",
            "|",
            ">-",
            "\"",
            "'",
            "\\",
            "\t",
            "\n",
            "\r",
            "\u2028",
            "\uFEFF",
            "\u202E",
            "\u2066",
            "\uD800",
            "\uDC00",
            "\uFFFF",
            "\u0000",
            "#",
            "1e999",
            "0x7fffffff",
            "99999999999999999999",
            "-0",
            ".inf",
            ".nan",
            "2024-02-30",
            "9999-12-31T25:61",
            "null",
            "~",
            "yes",
            "../",
            "/",
            "C:\\",
            "u\u0308",
            "İ",
            "ß");

    @Property(tries = 1500)
    @StatisticsReport(onFailureOnly = true)
    void anyTextGivesADocumentOrProblemsNeverAnException(@ForAll("frontMatterTexts") String text) {
        Problems problems = new Problems();
        Optional<SourceDocument> document = new FrontMatterReader().read(FILE, text, problems);
        assertThat(document.isPresent())
                .as("a document exactly when there is no error")
                .isNotEqualTo(problems.hasErrors());
        problems.all().forEach(problem -> assertThat(problem.position().file()).isEqualTo("content/a.de.md"));
        // Not vacuous: some generated texts must be documents, some must be refused.
        Statistics.collect(document.isPresent() ? "document" : "problems");
        Statistics.coverage(checker -> {
            checker.check("document").percentage(p -> p > 2);
            checker.check("problems").percentage(p -> p > 20);
        });
        document.ifPresent(d -> {
            assertThat(d.frontMatter().title()).isNotBlank();
            d.frontMatter()
                    .placement()
                    .slug()
                    .ifPresent(slug -> assertThat(UrlSegment.isValid(slug) && UrlSegment.fits(slug))
                            .as(slug)
                            .isTrue());
            d.frontMatter()
                    .placement()
                    .aliases()
                    .forEach(alias -> assertThat(alias.path())
                            .startsWith("/")
                            .doesNotContain("/../")
                            .doesNotContain("//"));
        });
    }

    @Property(tries = 500)
    void anyBytesAreReadAsTextOrReportedNeverAnException(@ForAll byte[] bytes) {
        Problems problems = new Problems();
        Optional<String> text = SourceText.decode(bytes, "content/a.de.md", problems);
        assertThat(text.isPresent()).isNotEqualTo(problems.hasErrors());
        text.ifPresent(t -> {
            assertThat(t).doesNotContain("\r").doesNotContain("\0").doesNotStartWith("\uFEFF");
            new FrontMatterReader().read(FILE, t, new Problems());
        });
    }

    @Provide
    Arbitrary<String> frontMatterTexts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().ofMaxLength(8)));
        Arbitrary<String> line = piece.list().ofMaxSize(5).map(pieces -> String.join("", pieces));
        Arbitrary<String> lines = line.list().ofMaxSize(12).map(l -> String.join("\n", l));
        return Arbitraries.oneOf(
                lines,
                lines.map(body -> "---\ntitle: T\n" + body + "\n---\n" + body),
                lines.map(header -> "---\n" + header + "\n---\nText\n"),
                lines.map(header -> "title=T\n" + header + "\n~~~~~~\nText\n"),
                Arbitraries.strings().all().ofMaxLength(200));
    }
}
