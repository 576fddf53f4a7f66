package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser a page gets has only the extensions its text can use, and renders it as a parser with all would. */
class MarkdownEngineTest {

    private static final Quotes GERMAN = new Quotes("„", "“", "‚", "‘");

    /**
     * Pages that use one syntax each, none, or shapes near a trigger: a table row that is no table, a dash line,
     * emphasis next to full stops, written-out links in right-to-left punctuation, raw HTML.
     */
    private static final List<String> PAGES = List.of(
            "Nur Text. Ohne alles.\n\n- eine Liste\n- mit *Betonung*.\n",
            "| Tag | Zeit |\n|---|---|\n| Montag | 9–12 Uhr |\n\nDanach Text.\n",
            "|---|---|\n\nText |---| mitten drin\n",
            "| a | b |\n|---|\n| 1 | 2 |\n",
            "Eine Fußnote[^1] und noch eine[^2].\n\n[^1]: Eins\n[^2]: Zwei\n",
            "Ein Absatz {.hinweis}\n\n# Titel {#eigen}\n",
            "Sie sagte \"ja\" und 'nein' -- wirklich --- ja... und . . . <<so>> it's.\n",
            "Schreiben Sie an info@example.org oder https://example.org/x، und www.example.org.\n",
            "Setext\n---\n\n***\n\n- - -\n",
            "<div>roh</div>\n\n<span>{ nicht }</span> [link](/a) ![bild](b.png)\n");

    @Test
    void choosesOnlyTheExtensionsWhoseTriggersThePageContains() {
        assertThat(MarkdownSyntax.usedBy(PAGES.get(0))).isEmpty();
        assertThat(MarkdownSyntax.usedBy(PAGES.get(1)))
                .containsExactly(MarkdownSyntax.TABLES, MarkdownSyntax.TYPOGRAPHY); // the "--" of the dash row
        assertThat(MarkdownSyntax.usedBy(PAGES.get(4))).containsExactly(MarkdownSyntax.FOOTNOTES);
        assertThat(MarkdownSyntax.usedBy(PAGES.get(5))).containsExactly(MarkdownSyntax.ATTRIBUTES);
        assertThat(MarkdownSyntax.usedBy(PAGES.get(7))).containsExactly(MarkdownSyntax.AUTOLINKS);
    }

    @Test
    void rendersEveryPageAsTheParserWithAllExtensionsDoes() {
        MarkdownEngine engine = new MarkdownEngine(GERMAN);
        for (String page : PAGES) {
            String all = engine.renderer()
                    .render(engine.parserWith(EnumSet.allOf(MarkdownSyntax.class))
                            .parse(page));
            assertThat(engine.renderer().render(engine.parserFor(page).parse(page)))
                    .as(page)
                    .isEqualTo(all);
        }
    }

    @Test
    void pagesWithAndWithoutATableAreBothRenderedRight() {
        MarkdownEngine engine = new MarkdownEngine(GERMAN);
        String table = engine.renderer().render(engine.parserFor(PAGES.get(1)).parse(PAGES.get(1)));
        String plain = engine.renderer().render(engine.parserFor(PAGES.get(0)).parse(PAGES.get(0)));
        assertThat(table).contains("<table>", "<th>Tag</th>", "<td>Montag</td>");
        assertThat(plain).doesNotContain("<table").contains("<li>mit <em>Betonung</em>.</li>");
        assertThat(engine.parserFor(PAGES.get(1))).isNotSameAs(engine.parserFor(PAGES.get(0)));
    }
}
