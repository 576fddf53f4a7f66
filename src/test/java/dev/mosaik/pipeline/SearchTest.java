package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page, its index and the A–Z index of every language tree, built through the CLI. */
class SearchTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
              - code: tr
                title: Test sitesi
              - code: pl
                title: Strona testowa
              - code: ar
                title: موقع الاختبار
                locale: ar-u-nu-arab
            -- i18n/ar.yaml --
            search:
              title: بحث
              slug: بحث
            keywords:
              title: الفهرس الأبجدي
              slug: فهرس
            -- content/_index.de.md --
            ---
            title: Willkommen
            ---
            Start.
            -- content/_index.tr.md --
            ---
            title: Hoş geldiniz
            ---
            Başlangıç.
            -- content/_index.pl.md --
            ---
            title: Witamy
            ---
            Start.
            -- content/_index.ar.md --
            ---
            title: أهلا وسهلا
            ---
            مرحبا.
            -- content/cami.tr.md --
            ---
            title: Cami
            tags: [Şehir, sınav]
            ---
            Metin.
            -- content/cami.de.md --
            ---
            title: Moschee
            tags: [Ärztin, Zahnarzt]
            ---
            Text.
            -- content/cami.ar.md --
            ---
            title: مسجد
            ---
            نص.
            -- content/cocuk.tr.md --
            ---
            title: Çocuk
            tags: [İletişim, ılık]
            ---
            Metin.
            -- content/cocuk.de.md --
            ---
            title: Kinder
            ---
            Text.
            -- content/okul.tr.md --
            ---
            title: Okul
            tags: [Öğrenci]
            ---
            Metin.
            -- content/okul.pl.md --
            ---
            title: Łąka
            tags: [Lato, Miasto, Źródło, Żaba, Zebra]
            ---
            Tekst.
            -- content/okul.de.md --
            ---
            title: Schule
            ---
            Text.
            """;

    private TestSite built() {
        TestSite site = TestSite.write(dir.resolve("site"), SITE);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        return site;
    }

    /** The keywords of an A–Z page in document order, and the letters of its navigation. */
    private static List<String> keywords(Document page) {
        return page.select(".az-keywords > li > a, .az-keywords > li > .az-keyword")
                .eachText();
    }

    @Test
    void everyLanguageHasASearchPageWithItsIndexAndAnAToZIndexLinkedFromEveryPage() throws Exception {
        TestSite site = built();
        for (String[] tree : List.of(
                new String[] {"de", "suche", "a-z", "ltr"},
                new String[] {"tr", "suche", "a-z", "ltr"},
                new String[] {"ar", "بحث", "فهرس", "rtl"})) {
            Document search = site.page(tree[0] + "/" + tree[1] + "/index.html");
            assertThat(search.selectFirst("html").attr("lang")).isEqualTo(tree[0]);
            assertThat(search.selectFirst("html").attr("dir")).isEqualTo(tree[3]);
            Element form = search.selectFirst("form.search-form[role=search][method=get]");
            assertThat(form.selectFirst("input[type=search][name=q]")).isNotNull();
            assertThat(form.attr("data-index")).isEqualTo("/" + tree[0] + "/" + tree[1] + "/search.json");
            assertThat(search.select(".search-status[aria-live=polite]")).hasSize(1);
            assertThat(search.select("script[src=/mosaik/search.js][defer]")).hasSize(1);
            assertThat(Files.readString(site.output().resolve(tree[0] + "/" + tree[1] + "/search.json")))
                    .startsWith("{\"version\":2");
            Document home = site.page(tree[0] + "/index.html");
            assertThat(home.select("header a.search-link").attr("href")).isEqualTo("/" + tree[0] + "/" + tree[1] + "/");
            assertThat(home.select("footer a[href=/" + tree[0] + "/" + tree[2] + "/]"))
                    .hasSize(1);
            Document index = site.page(tree[0] + "/" + tree[2] + "/index.html");
            assertThat(index.selectFirst("html").attr("dir")).isEqualTo(tree[3]);
            assertThat(index.select(".az-letters a")).isNotEmpty();
        }
        assertThat(site.text("ar/بحث/index.html")).contains("<h1>بحث</h1>");
    }

    @Test
    void theSearchScriptIsLoadedOnlyByTheSearchPages() throws Exception {
        TestSite site = built();
        try (var files = Files.walk(site.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                boolean searchPage = file.getParent().getFileName().toString().matches("suche|بحث");
                assertThat(Files.readString(file).contains("search.js"))
                        .as(file.toString())
                        .isEqualTo(searchPage);
            }
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndLeadsToTheAToZIndex() throws Exception {
        Document search = built().page("de/suche/index.html");
        assertThat(search.selectFirst("form.search-form").hasAttr("hidden"))
                .as("the form needs the script")
                .isTrue();
        assertThat(search.selectFirst(".search-nojs").text()).contains("JavaScript");
        assertThat(search.select(".search-keywords a").attr("href")).isEqualTo("/de/a-z/");
    }

    @Test
    void theAToZIndexGroupsKeywordsUnderTheLettersOfTheLanguageInItsCollationOrder() throws Exception {
        TestSite site = built();
        Document turkish = site.page("tr/a-z/index.html");
        assertThat(turkish.select(".az-letters a").eachText()).containsExactly("C", "Ç", "I", "İ", "O", "Ö", "S", "Ş");
        assertThat(keywords(turkish))
                .containsExactly("Cami", "Çocuk", "ılık", "İletişim", "Okul", "Öğrenci", "sınav", "Şehir");
        Document polish = site.page("pl/a-z/index.html");
        assertThat(polish.select(".az-letters a").eachText()).containsExactly("A", "K", "L", "Ł", "M", "Z", "Ź", "Ż");
        assertThat(keywords(polish)).containsSubsequence("Lato", "Łąka", "Miasto", "Zebra", "Źródło", "Żaba");
        Document german = site.page("de/a-z/index.html");
        assertThat(keywords(german)).containsExactly("Ärztin", "Kinder", "Moschee", "Schule", "Zahnarzt");
    }

    @Test
    void theAToZIndexListsUntranslatedPagesInTheirLanguageUnderTheirScriptsLetters() throws Exception {
        Document arabic = built().page("ar/فهرس/index.html");
        assertThat(arabic.select(".az-letters a").eachText()).containsExactly("م", "K", "S");
        Element mosque = arabic.selectFirst(".az-keywords a:containsOwn(مسجد)").parent();
        assertThat(mosque.attr("lang")).isEqualTo("ar");
        Element school =
                arabic.selectFirst(".az-keywords a:containsOwn(Schule)").parent();
        assertThat(school.attr("lang")).isEqualTo("de");
        assertThat(school.attr("dir")).isEqualTo("ltr");
    }

    @Test
    void twoBuildsWriteTheSameIndexesToTheByte() throws Exception {
        TestSite site = built();
        Map<String, byte[]> first = indexFiles(site, "de/suche", "ar/بحث");
        byte[] firstIndex = Files.readAllBytes(site.output().resolve("tr/a-z/index.html"));
        assertThat(site.build().exitCode()).isZero();
        assertThat(indexFiles(site, "de/suche", "ar/بحث"))
                .containsOnlyKeys(first.keySet())
                .allSatisfy((file, bytes) -> assertThat(bytes).as(file).isEqualTo(first.get(file)));
        assertThat(Files.readAllBytes(site.output().resolve("tr/a-z/index.html")))
                .isEqualTo(firstIndex);
    }

    /** The manifests and chunks of the search indexes in {@code folders}, by path. */
    private static Map<String, byte[]> indexFiles(TestSite site, String... folders) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String folder : folders) {
            for (Path file : SearchFiles.read(site.output().resolve(folder)).files()) {
                files.put(site.output().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void aPageAtTheAddressOfTheSearchPageIsAnError() throws Exception {
        TestSite site = TestSite.write(dir.resolve("clash"), SITE);
        site.file("content/suche.de.md", "---\ntitle: Suche\n---\nText.\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/suche.de.md:1: has the address /de/suche/, which the search page uses");
    }
}
