package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text the search reads from a rendered body: one block a line, headings apart, nothing of what a reader does
 * not see as text. Held here directly since the scanner was split into its parts; the shipped site's search index
 * covers only the bodies its pages happen to have.
 */
class HtmlTextTest {

    @Test
    void putsEveryBlockOnALineOfItsOwnAndKeepsInlineElementsInTheirWord() {
        HtmlText text = HtmlText.of("<p>one</p><ul><li>t<em>w</em>o</li><li>three</li></ul>");

        assertThat(text.all()).isEqualTo("one\ntwo\nthree");
        assertThat(text.headings()).isEmpty();
    }

    @Test
    void collectsHeadingsApartAndAlsoInTheWholeText() {
        HtmlText text = HtmlText.of("<h2>Title <em>here</em></h2><p>body</p><h3>Next</h3>");

        assertThat(text.headings()).isEqualTo("Title here\nNext");
        assertThat(text.all()).isEqualTo("Title here\nbody\nNext");
    }

    @Test
    void leavesOutCommentsScriptsStylesAndSvgs() {
        HtmlText text = HtmlText.of("<p>a<!-- hidden --></p><script>var x = '<p>';</script>"
                + "<svg><title>chart</title></svg><STYLE>p{}</STYLE><p>b</p>");

        assertThat(text.all()).isEqualTo("a\nb");
    }

    @Test
    void resolvesEntitiesAndFoldsWhiteSpaceAndNoBreakSpacesToOneSpace() {
        assertThat(HtmlText.of("<p>Tom&nbsp;&amp;&#160;Jerry</p>").all()).isEqualTo("Tom & Jerry");
        assertThat(HtmlText.of("<p>a \n\t b</p>").all()).isEqualTo("a b");
    }

    @Test
    void endsAtATagThatNeverCloses() {
        assertThat(HtmlText.of("<p>text</p><a href").all()).isEqualTo("text");
    }
}
