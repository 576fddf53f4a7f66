package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Quotes GERMAN = new Quotes("„", "“", "‚", "‘");

    private final Problems problems = new Problems();

    /** Two pages and one image exist. */
    private final LinkTargets targets = new LinkTargets() {
        @Override
        public Optional<String> page(TranslationKey key) {
            return switch (key.value()) {
                case "kontakt" -> Optional.of("/de/kontakt/");
                case "projekte/_index" -> Optional.of("/de/projekte/");
                default -> Optional.empty();
            };
        }

        @Override
        public Collection<String> pageKeys() {
            return List.of("kontakt", "projekte/_index");
        }

        @Override
        public Optional<String> file(String path) {
            return path.equals("projekte/bild.png") ? Optional.of("/projekte/bild.png") : Optional.empty();
        }
    };

    private String render(String body) {
        SourceFile file = ContentTestSupport.file("content/projekte/a.de.md", "projekte/a", "de");
        return new MarkdownRenderer().render(new SourceDocument(file, null, body, 5), GERMAN, false, targets, problems);
    }

    @Test
    void setsTheLanguagesQuotationMarks() {
        String html = render("Sie sagte \"ja\" und 'nein' -- wirklich...");
        assertThat(org.jsoup.Jsoup.parse(html).text()).isEqualTo("Sie sagte „ja“ und ‚nein‘ – wirklich…");
    }

    @Test
    void isolatesLatinNamesPhoneNumbersAndAddressesInsideRightToLeftText() {
        SourceFile file = ContentTestSupport.file("content/kontakt.ar.md", "kontakt", "ar");
        String html = new MarkdownRenderer()
                .render(
                        new SourceDocument(
                                file,
                                null,
                                "اتصلوا بنا على +49 6441 99-0000 أو integration@wetzlar.example، مشروع Neu im Leben – Fit in Deutsch.",
                                5),
                        Quotes.ENGLISH,
                        true,
                        targets,
                        problems);
        assertThat(html)
                .contains(
                        "<bdi>+49 6441 99-0000</bdi>",
                        "<bdi><a href=\"mailto:integration@wetzlar.example\">integration@wetzlar.example</a></bdi>،",
                        "<bdi>Neu im Leben – Fit in Deutsch</bdi>.");
        assertThat(org.jsoup.Jsoup.parse(html).text())
                .as("no text is lost")
                .isEqualTo(
                        "اتصلوا بنا على +49 6441 99-0000 أو integration@wetzlar.example، مشروع Neu im Leben – Fit in Deutsch.");
    }

    @Test
    void isolatesABracketedLatinRunWithItsBracketsSoThatAWrappedLineKeepsThemInPlaceAndPostcodesWithTheirTown() {
        SourceFile file = ContentTestSupport.file("content/kontakt.ar.md", "kontakt", "ar");
        String html = new MarkdownRenderer()
                .render(
                        new SourceDocument(
                                file,
                                null,
                                "مكتب الاندماج (Integrationsbüro) في 35578 Wetzlar وتعليم الأقران (Peergroup Education)، و(A1).",
                                5),
                        Quotes.ENGLISH,
                        true,
                        targets,
                        problems);
        assertThat(html)
                .contains(
                        "<bdi>(Integrationsbüro)</bdi>",
                        "<bdi>35578 Wetzlar</bdi>",
                        "<bdi>(Peergroup Education)</bdi>،",
                        "و<bdi>(A1)</bdi>.");
        assertThat(html).doesNotContain("(<bdi>");
        assertThat(org.jsoup.Jsoup.parse(html).text())
                .as("no text is lost")
                .isEqualTo(
                        "مكتب الاندماج (Integrationsbüro) في 35578 Wetzlar وتعليم الأقران (Peergroup Education)، و(A1).");
    }

    @Test
    void aBracketThatOnlyOpensBeforeARunStaysOutsideItsIsolate() {
        SourceFile file = ContentTestSupport.file("content/kontakt.ar.md", "kontakt", "ar");
        String html = new MarkdownRenderer()
                .render(
                        new SourceDocument(file, null, "مكتب (Integrationsbüro، الطابق 2)", 5),
                        Quotes.ENGLISH,
                        true,
                        targets,
                        problems);
        assertThat(html).contains("(<bdi>Integrationsbüro</bdi>،");
    }

    @Test
    void isolatesArabicNamesInsideGermanText() {
        assertThat(render("Herr أحمد العلي spricht Arabisch.")).contains("Herr <bdi>أحمد العلي</bdi> spricht");
    }

    @Test
    void givesHeadingsStableIdsInAnyScript() {
        String html = render("## Über uns\n\n## السياق العام\n\n## Контакты\n\n## Über uns\n");
        assertThat(html).contains("id=\"über-uns\"", "id=\"السياق-العام\"", "id=\"контакты\"", "id=\"über-uns-1\"");
    }

    @Test
    void rendersTablesFootnotesAutolinksAndAttributes() {
        String html = render(
                "| a | b |\n|---|---|\n| 1 | 2 |\n\nSiehe www.wetzlar.de.[^1]\n\n[^1]: Fußnote\n\nAbsatz {.hinweis}\n");
        assertThat(html)
                .contains(
                        "<th>a</th>",
                        "<td>2</td>",
                        "href=\"http://www.wetzlar.de\"",
                        "class=\"footnotes\"",
                        "<p class=\"hinweis\">");
    }

    @Test
    void linksBareAddressesOfEveryKindWhileTextWithoutOneStaysText() {
        assertThat(render("Schreiben Sie an integration@wetzlar.de."))
                .contains("<a href=\"mailto:integration@wetzlar.de\">integration@wetzlar.de</a>.");
        assertThat(render("Formulare: https://www.wetzlar.de/formulare und ftp://example.org/a"))
                .contains("<a href=\"https://www.wetzlar.de/formulare\">", "<a href=\"ftp://example.org/a\">");
        assertThat(render("Im Büro, Zimmer 2.14, montags 9–12 Uhr."))
                .isEqualTo("<p>Im Büro, Zimmer 2.14, montags 9–12 Uhr.</p>\n");
    }

    @Test
    void pointsContentLinksAtThePageInTheSameLanguage() {
        assertThat(render("[Kontakt](/kontakt.md) und [Liste](_index.md#oben) und [Web](https://www.wetzlar.de)"))
                .contains("href=\"/de/kontakt/\"", "href=\"/de/projekte/#oben\"", "href=\"https://www.wetzlar.de\"");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsBrokenLinksMissingImagesAndMissingAltTextAtTheirLines() {
        render(
                "Text\n\n[Kontakt](/kontak.md)\n\n![](bild.png)\n\n![Foto](fehlt.png)\n\n![Fremd](https://cdn.example.com/x.png)\n\n[böse](javascript:alert(1))\n");
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "content/projekte/a.de.md:7: link target '/kontak.md' does not exist (did you mean '/kontakt.md'?)",
                        "content/projekte/a.de.md:9: image 'bild.png' has no alt text (describe what it shows: ![Kinder beim Kulturfest](bild.png))",
                        "content/projekte/a.de.md:11: image 'fehlt.png' not found (put it next to the page (content/projekte/) or in assets/ and link it as /fehlt.png)",
                        "content/projekte/a.de.md:13: image 'https://cdn.example.com/x.png' is on another server; readers' browsers would contact it (save the image in the site, next to the page, and link it by file name)",
                        "content/projekte/a.de.md:15: links to 'javascript:' are not allowed");
    }

    @Test
    void removesScriptsThatPlainMarkdownCanProduceWithoutRawHtml() {
        String html = render(
                "Text {onclick=\"alert(1)\"}\n\n<vbscript:msgbox(1)>\n\n[Daten](data:text/html;base64,PHNjcmlwdD4=)\n\n[Getarnt](java&#x73;cript:alert(1))\n\n[Gut](https://example.org/)\n");
        assertThat(html)
                .doesNotContain("onclick", "href=\"vbscript:", "data:text/html", "cript:alert")
                .contains("href=\"https://example.org/\"");
        assertThat(problems.all())
                .extracting(Problem::toString)
                .anyMatch(p -> p.contains("HTML that could run scripts was removed"));
    }

    @Test
    void keepsPlainMarkdownUntouchedWithoutWarnings() {
        String html = render(
                "# Titel\n\n- [Kontakt](/kontakt.md)\n- <https://example.org/a>\n- [Mail](mailto:a@example.org) [Tel](tel:+4964410)\n");
        assertThat(html)
                .contains(
                        "href=\"/de/kontakt/\"",
                        "href=\"https://example.org/a\"",
                        "href=\"mailto:a@example.org\"",
                        "href=\"tel:+4964410\"");
        assertThat(problems.all()).isEmpty();
    }
}
