package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated Markdown comes back byte for byte from an identity provider, and keeps its markup when every word changes. */
class SegmenterPropertiesTest {

    private static final List<String> INLINE = List.of(
            "Wort",
            "Straße",
            "über",
            " ",
            " ",
            ", ",
            ". ",
            "*betont*",
            "**stark**",
            "[Kontakt](/kontakt.md)",
            "[Seite](https://wetzlar.de/a?b=1 \"Titel\")",
            "`code`",
            "<br>",
            "<span lang=\"de\">Gruß</span>",
            "&amp;",
            "&nbsp;",
            "[^1]",
            "<https://wetzlar.de>",
            " info@wetzlar.de",
            " 06441 99-1234",
            " https://example.org/x",
            "\\*",
            "a < b",
            "R&D",
            "![Bild der Stadt](/bild.png)",
            "{.klein}",
            "\n",
            "  \n",
            "\"Zitat\"",
            "_kursiv_",
            "[ref][1]");
    private static final List<String> BLOCK = List.of("", "# ", "## ", "- ", "1. ", "> ", "| ");

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> line =
                Arbitraries.of(INLINE).list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join(" ", pieces));
        Arbitrary<String> block = net.jqwik.api.Combinators.combine(Arbitraries.of(BLOCK), line)
                .as((prefix, text) -> {
                    String body = text.replace("\n", prefix.equals("> ") ? "\n> " : "\n");
                    if (prefix.startsWith("#")) {
                        body = body.replace("\n", " ");
                    }
                    if (prefix.equals("| ")) {
                        return "| " + body.replace("\n", " ").replace("|", "") + " | Zelle |\n|---|---|\n| a | b |";
                    }
                    return prefix + body;
                });
        return block.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(blocks -> "---\ntitle: \"Titel mit [Link](/a.md)\"\nsummary: Kurz\n---\n"
                        + String.join("\n\n", blocks) + "\n\n[^1]: Fußnote\n\n[1]: /ziel.md\n");
    }

    @Property(tries = 300)
    void anIdentityProviderGivesBackGeneratedMarkdownByteForByte(@ForAll("markdown") String text) {
        SegmentedPage page = new Segmenter().segment("content/x.de.md", text);
        assertThat(new SegmentAssembler().reassemble(page, SegmenterTest.translate(page, t -> t), new Problems()))
                .contains(text);
    }

    @net.jqwik.api.Example
    void twoPhoneNumbersOnLinesOfTheirOwnStayTwoWhenATranslationJoinsTheLines() {
        // Found by the property below (seed -5390467763906568000): the joined line held one "phone number" of two.
        translatingEveryWordKeepsTheMarkupOfGeneratedMarkdown(
                "---\ntitle: \"Titel mit [Link](/a.md)\"\nsummary: Kurz\n---\n"
                        + " 06441 99-1234 \n  06441 99-1234 Wort\n\n[^1]: Fußnote\n\n[1]: /ziel.md\n");
    }

    @Property(tries = 300)
    void translatingEveryWordKeepsTheMarkupOfGeneratedMarkdown(@ForAll("markdown") String text) {
        Segmenter segmenter = new Segmenter();
        SegmentedPage page = segmenter.segment("content/x.de.md", text);
        Problems problems = new Problems();
        String translated = new SegmentAssembler()
                .reassemble(page, SegmenterTest.translate(page, SegmenterTest::capitals), problems)
                .orElseThrow();
        assertThat(problems.all()).isEmpty();
        assertThat(SegmenterTest.markup(segmenter.segment("content/x.de.md", translated)))
                .isEqualTo(SegmenterTest.markup(page));
    }
}
