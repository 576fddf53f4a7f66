package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.bench.SyntheticSite;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.SiteBuilder;
import dev.mosaik.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Marking Latin runs in one pass over a page's text gives what marking them through jsoup's tree gave, byte for byte:
 * on every page of the shipped site and of a synthetic site in a language of another script, rendered without
 * marks, and on hand-written pages with what a single pass could get wrong. Where the pass is not sure, it says so,
 * and the tree decides.
 */
class MarkupWalkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final ForeignRuns arabic = new ForeignRuns("ar", "de", true);
    private final ForeignRuns russian = new ForeignRuns("ru", "de", false);

    @TempDir
    Path dir;

    private static String page(String lang, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + (lang.equals("ar") ? "rtl" : "ltr")
                + "\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Titel &amp; عنوان</title>\n</head>\n<body>\n"
                + body + "\n</body>\n</html>\n";
    }

    /** Pages the pass reads itself: it must give what the tree gives. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>دورة Integrationskurs في Dalheim</p>",
                "<p>مرحبا</p>",
                "<p>Müller &amp; Sohn &lt;GmbH&gt; في Wetzlar&nbsp;Mitte</p>",
                "<p title=\"a &lt; b &#39;c&#39; &quot;d&quot; &amp; e\">نص Text &#39;zitiert&#39; &quot;so&quot;</p>",
                "<p>نص &#x41;&#66;C رقم</p>",
                "<ul lang=\"de\"><li>Neu im Leben<ul><li><a lang=\"ar\">دورة (Fit in Deutsch)</a></li></ul></li></ul>",
                "<div dir=\"ltr\"><p>قبل (Integrationskurs) بعد</p></div><p dir=\"rtl\">قبل (Kurs) بعد</p>",
                "<bdi dir=\"rtl\">قبل (Kurs)</bdi><p><bdi>(Kurs)</bdi> (Kurs)<!-- (Kurs) -->(Kurs) <b>(</b>Kurs)</p>",
                "<p>(Kurs)</p><p>قبل (Kurs</p><p>Kurs) بعد</p><p>قبل (Kurs) </p><p>ن (A1) و(Kurs A1)</p>",
                "<p>سطر<br>Zeile<br/>Zeile <img src=\"a.png\" alt=\"Bild\" /> <input type=\"checkbox\" checked=\"checked\"></p>",
                "<p class=\"x\" data-a=\"1 > 0\" hidden=\"hidden\" open=\"\" FOO=\"Bar\" data-b>Text في</p>",
                "<p class='einfach' id = \"x\"  lang=\"ar\" >Text</p><P>Groß</P><p>Ende</p >",
                "<script>var s = 'Latin text <b>';</script><style>p::after { content: 'Text'; }</style>",
                "<code>mosaik build</code><pre>Code hier</pre><p translate=\"no\">Wetzlar</p><p translate=\" NO \">X Y</p>",
                "<textarea>Text &amp; mehr</textarea><select><option selected=\"selected\">Deutsch</option></select>",
                "<p><span lang=\"\">Text</span><span lang=\"ar\">نص Text</span><span lang=\"ar-EG\">Text</span></p>",
                "<table><thead><tr><th>Kopf</th></tr></thead><tbody><tr><td>Zelle في</td></tr></tbody></table>",
                "<table>\n<tr><td>ohne tbody Text</td></tr>\n<tr><td><table><tr><td>innen Text</td></tr></table></td></tr>\n</table>",
                "<table><caption>Titel Text</caption><tr><td>Zeile</td></tr></table>",
                "<svg viewBox=\"0 0 1 1\"><title>Symbol</title><rect x=\"1\"/><path d=\"M0\" /></svg><p>Nach svg</p>",
                "<svg viewbox=\"0 0 1 1\"><clippath id=\"c\"><rect /></clippath><text>Text</text></svg>",
                "<p>كلمة A1 و B2 و x و Ü و ÄÖ</p><p>Straße 12, 35578 Wetzlar – Nord/Süd: a@b.de; C++</p>",
                "<p>نص\u00a0Text\u00a0mit\u00a0Leer</p><p>ﬁne ligature and ℹ info</p>",
                "<dl><dt>Begriff</dt><dd>Erklärung</dd></dl><ol><li>eins<ul><li>zwei</li></ul></li></ol>",
                "<details open><summary>Mehr</summary><p>Inhalt</p></details><form><button>Senden</button></form>",
                "<noscript><p>Ohne Skript</p></noscript><template-x>Text</template-x>",
            })
    void aPlainPageIsMarkedByTheWalkAsByTheTree(String body) {
        for (String lang : new String[] {"ar", "ru"}) {
            String html = page(lang, body);
            ForeignRuns runs = lang.equals("ar") ? arabic : russian;
            assertThat(runs.markByWalking(html)).as(lang).isEqualTo(runs.markWithDom(html));
        }
    }

    /** Markup jsoup's parser builds another tree of (or writes otherwise): left to the tree, same result. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Absatz<div>Block Text</div></p>",
                "<table>Text<tbody></tbody></table>",
                "<table><tr><td>Zeile Text</td></tr><tbody><tr><td>Text</td></tr></tbody></table>",
                "<ul><li>eins<li>zwei Text</ul>",
                "<p>offen Text",
                "<b><i>verschachtelt Text</b></i>",
                "<a href=\"#\">Link <a href=\"#\">Link</a></a>",
                "<p>R&D Abteilung &copy; 2026</p>",
                "<p>Zeichen &#1; Text</p>",
                "<p>Text\r\nZeile</p>",
                "<pre>\nCode Text</pre>",
                "<div/>Text",
                "<p>a < b Text</p>",
                "<p class=unquoted>Text</p>",
                "<p class=\"a\" class=\"b\">Text</p>",
                "<svg><p>HTML in SVG Text</p></svg>",
                "<select><div>Text</div></select>",
                "<h1><h2>Überschrift</h2></h1>",
                "<p><!-->Kommentar Text</p>",
            })
    void markupTheTreeWouldChangeIsLeftToTheTree(String body) {
        String html = page("ar", body);
        assertThatThrownBy(() -> arabic.markByWalking(html)).isInstanceOf(NotPlainMarkup.class);
        assertThat(arabic.mark(html)).isEqualTo(arabic.markWithDom(html));
    }

    @Test
    void aPageWithoutRunsComesBackAsItIsEvenWhereJsoupWouldWriteItOtherwise() {
        String html = page("ar", "<p title=\"&#39;\">مرحبا &#39;x&#39;<br/></p>");
        assertThat(arabic.markByWalking(html)).isSameAs(html);
    }

    @Test
    void noLatinLetterLiesInTheRangesTheQuickCheckSkips() {
        for (int c = LatinRuns.NO_LATIN_FROM; c < LatinRuns.NO_LATIN_TO; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", c).isNotEqualTo(Character.UnicodeScript.LATIN);
        }
        for (int c = LatinRuns.PUNCTUATION_FROM; c < LatinRuns.PUNCTUATION_TO; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", c).isNotEqualTo(Character.UnicodeScript.LATIN);
        }
    }

    @Test
    void everyPageOfTheShippedSiteInAnotherScriptIsMarkedByTheWalkAsByTheTree() {
        assertWalkEqualsTree(Path.of("."), 1000);
    }

    @Test
    void everyArabicPageOfASyntheticSiteIsMarkedByTheWalkAsByTheTree() throws IOException {
        SyntheticSite.write(dir, 240, 4);
        assertWalkEqualsTree(dir, 60);
    }

    /** Renders every page of the site at {@code root} without marks, and marks those of another script both ways. */
    private void assertWalkEqualsTree(Path root, int atLeast) {
        BuildResult built = new SiteBuilder()
                .build(BuildOptions.of(root, dir.resolve("built"))
                        .withToday(TODAY)
                        .withPdf(false));
        assertThat(built.hasErrors()).as("%s", built.problems()).isFalse();
        Site site = built.site().orElseThrow();
        SiteConfig config = site.config();
        Problems problems = new Problems();
        I18n i18n = I18n.load(root, config, problems);
        Map<String, ForeignRuns> byLang = new HashMap<>();
        for (Language language : config.languages()) {
            ForeignRuns.of(config, i18n).apply(language.code()).ifPresent(r -> byLang.put(language.htmlLang(), r));
        }
        int compared = 0;
        int changed = 0;
        for (Map.Entry<String, String> page : unmarked(root, site, i18n).entrySet()) {
            // Pages of a language in another script, and parts of others in one (the chooser, printed sheets).
            for (Map.Entry<String, ForeignRuns> runs : byLang.entrySet()) {
                if (page.getValue().contains("lang=\"" + runs.getKey() + "\"")) {
                    String byTree = runs.getValue().markWithDom(page.getValue());
                    assertThat(runs.getValue().markByWalking(page.getValue()))
                            .as(page.getKey())
                            .isEqualTo(byTree);
                    compared++;
                    changed += byTree.equals(page.getValue()) ? 0 : 1;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(atLeast);
        assertThat(changed).as("pages with runs marked").isGreaterThan(compared / 10);
    }

    static Map<String, String> unmarked(Path root, Site site, I18n i18n) {
        SiteConfig config = site.config();
        Templates templates = new Templates(
                root,
                code -> i18n.messages(config.language(code).orElseThrow()),
                code -> i18n.services(config.language(code).orElseThrow()),
                code -> Optional.empty());
        SiteRenderer renderer = new SiteRenderer(templates, i18n, TODAY, true, TypedViewSources.shipped(), true);
        Map<String, String> files = new ConcurrentHashMap<>();
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            renderer.render(
                    site,
                    (file, bytes) -> {
                        if (file.endsWith(".html")) {
                            files.put(file, new String(bytes, StandardCharsets.UTF_8));
                        }
                    },
                    pool,
                    problems);
        } finally {
            pool.shutdown();
        }
        assertThat(problems.hasErrors()).as("%s", problems.all()).isFalse();
        return new TreeMap<>(files);
    }
}
