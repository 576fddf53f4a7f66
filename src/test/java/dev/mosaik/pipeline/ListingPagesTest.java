package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.Pagination;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings longer than a page size — a tag's pages, a section's pages — continue on numbered pages
 * ({@code …/seite/2/}), each with page navigation, its own title and canonical address, in every language.
 */
class ListingPagesTest {

    /** More courses than two pages hold at the default page size, each tagged "Familie": three pages each. */
    private static final int COURSES = 120;

    private static final String[] TERM = {
        "de/schlagwoerter/familie/index.html",
        "de/schlagwoerter/familie/seite/2/index.html",
        "de/schlagwoerter/familie/seite/3/index.html"
    };
    private static final String[] SECTION = {
        "de/kurse/index.html", "de/kurse/seite/2/index.html", "de/kurse/seite/3/index.html"
    };

    @TempDir
    static Path shared;

    private static TestSite site;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLargeSite() {
        site = large(shared.resolve("site"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static TestSite large(Path root) {
        TestSite site = TestSite.write(root, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                    menu:
                      - title: Kurse
                        page: /kurse/_index.md
                  - code: ar
                    title: موقع الاختبار
                    locale: ar-u-nu-arab
                -- i18n/ar.yaml --
                pagination:
                  slug: صفحة
                  label: صفحات هذه القائمة
                  page: "صفحة {number}"
                  status: "صفحة {number} من {count}"
                  previous: السابق
                  next: التالي
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                -- content/_index.ar.md --
                ---
                title: أهلا وسهلا
                ---
                -- content/kurse/_index.de.md --
                ---
                title: Kurse
                summary: Alle Kurse in der Stadt.
                ---
                Einleitung zu den Kursen.
                """);
        for (int i = 0; i < COURSES; i++) {
            site.file(
                    "content/kurse/kurs-%04d.de.md".formatted(i),
                    "---\ntitle: Sprachkurs %04d\ntags: [Familie]\n---\n".formatted(i));
        }
        return site;
    }

    @Test
    void aTagWithMoreEntriesThanAPageHoldsContinuesOnNumberedPagesWithEveryEntryOnce() {
        List<String> entries = new ArrayList<>();
        for (String page : TERM) {
            entries.addAll(site.page(page).select("main .cards h3 a").eachAttr("href"));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            expected.add("/de/kurse/kurs-%04d/".formatted(i));
        }
        assertThat(entries).as("every course once, in title order").isEqualTo(expected);
        assertThat(site.page(TERM[0]).select("main .cards > li")).hasSize(Pagination.DEFAULT.pageSize());
        assertThat(site.page(TERM[2]).select("main .cards > li")).hasSize(COURSES - 2 * Pagination.DEFAULT.pageSize());
        assertThat(site.output().resolve("de/schlagwoerter/familie/seite/4")).doesNotExist();
        assertThat(site.output().resolve("de/schlagwoerter/familie/seite/1"))
                .as("the first page is the listing's own address")
                .doesNotExist();
    }

    @Test
    void everyPageLinksItsNeighboursAndNumbersAndIsItsOwnCanonicalPage() {
        for (int i = 0; i < TERM.length; i++) {
            Document page = site.page(TERM[i]);
            String self = href(TERM[i]);
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org" + self);
            assertThat(page.select("head link[rel=prev]").eachAttr("href"))
                    .as(TERM[i])
                    .isEqualTo(i == 0 ? List.of() : List.of("https://example.org" + href(TERM[i - 1])));
            assertThat(page.select("head link[rel=next]").eachAttr("href"))
                    .as(TERM[i])
                    .isEqualTo(i == TERM.length - 1 ? List.of() : List.of("https://example.org" + href(TERM[i + 1])));
            Element pager = page.selectFirst("nav.pager");
            assertThat(pager.attr("aria-label")).isEqualTo("Seiten dieser Liste");
            assertThat(pager.select("a[rel=prev]").eachAttr("href"))
                    .isEqualTo(i == 0 ? List.of() : List.of(href(TERM[i - 1])));
            assertThat(pager.select("a[rel=next]").eachAttr("href"))
                    .isEqualTo(i == TERM.length - 1 ? List.of() : List.of(href(TERM[i + 1])));
            assertThat(pager.select("a:not([rel])").eachAttr("href"))
                    .containsExactly(href(TERM[0]), href(TERM[1]), href(TERM[2]));
            assertThat(pager.select("a:not([rel])").eachAttr("aria-label"))
                    .containsExactly("Seite 1", "Seite 2", "Seite 3");
            assertThat(pager.select("a[aria-current=page]").eachAttr("href")).containsExactly(self);
            assertThat(page.selectFirst("#listing-title").text()).isEqualTo("Seite " + (i + 1) + " von 3");
            assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/de/", "/de/schlagwoerter/");
            for (String link : page.select("a[href^=/]").eachAttr("href")) {
                assertThat(site.output().resolve(link.substring(1) + (link.endsWith("/") ? "index.html" : "")))
                        .as(TERM[i] + " → " + link)
                        .isRegularFile();
            }
        }
        Document first = site.page(TERM[0]);
        assertThat(first.title()).isEqualTo("Familie – Testseite");
        assertThat(first.selectFirst("h1").text()).isEqualTo("Familie");
        Document second = site.page(TERM[1]);
        assertThat(second.title()).isEqualTo("Familie – Seite 2 – Testseite");
        assertThat(second.selectFirst("h1").text()).isEqualTo("Familie – Seite 2");
        assertThat(second.selectFirst("nav.breadcrumbs [aria-current=page]").text())
                .isEqualTo("Familie – Seite 2");
        assertThat(second.select(".language-switcher a[hreflang=ar]").attr("href"))
                .as("the term's first page in the other tree")
                .isEqualTo("/ar/schlagwoerter/familie/");
    }

    @Test
    void aSectionShowsItsTextOnTheFirstPageAndContinuesItsListingOnPagesOfItsOwn() {
        List<String> entries = new ArrayList<>();
        for (String page : SECTION) {
            entries.addAll(site.page(page).select("main .cards h3 a").eachAttr("href"));
        }
        assertThat(entries).hasSize(COURSES).doesNotHaveDuplicates();
        Document first = site.page(SECTION[0]);
        assertThat(first.select(".prose").text()).isEqualTo("Einleitung zu den Kursen.");
        assertThat(first.selectFirst("#listing-title small").text()).isEqualTo("Seite 1 von 3");
        assertThat(first.select("head link[rel=next]").attr("href")).isEqualTo("https://example.org/de/kurse/seite/2/");
        Document second = site.page(SECTION[1]);
        assertThat(second.title()).isEqualTo("Kurse – Seite 2 – Testseite");
        assertThat(second.selectFirst("h1").text()).isEqualTo("Kurse – Seite 2");
        assertThat(second.select(".prose").text())
                .as("the text is the first page's")
                .isEmpty();
        assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/de/kurse/seite/2/");
        assertThat(second.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/de/");
        assertThat(second.select(".main-nav a[aria-current=page]").eachText())
                .as("the menu marks the section")
                .containsExactly("Kurse");
        assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/de/kurse/");
        assertThat(second.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/de/kurse/seite/3/");
    }

    @Test
    void anArabicTreesPagesAreRightToLeftWithAnArabicAddressAndDigits() {
        String second = "ar/schlagwoerter/familie/صفحة/2/index.html";
        assertThat(site.output().resolve(second)).isRegularFile();
        assertThat(site.output().resolve("ar/kurse/صفحة/3/index.html")).isRegularFile();
        Document page = site.page(second);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("#listing-title").text()).isEqualTo("صفحة ٢ من ٣");
        Element pager = page.selectFirst("nav.pager");
        assertThat(pager.attr("dir")).isEqualTo("rtl");
        assertThat(pager.select("a:not([rel])").eachText()).containsExactly("١", "٢", "٣");
        assertThat(pager.select("a[aria-current=page]").attr("aria-label")).isEqualTo("صفحة ٢");
        assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("/ar/schlagwoerter/familie/صفحة/3/");
        Element title = page.selectFirst("h1 bdi");
        assertThat(title.attr("lang"))
                .as("the German tag of untranslated pages")
                .isEqualTo("de");
        assertThat(page.title()).isEqualTo("Familie – صفحة ٢ – موقع الاختبار");
    }

    @Test
    void aListingThatFitsOnePageHasNoPageNavigation() throws IOException {
        TestSite small = TestSite.write(dir.resolve("small"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/projekte/schule.de.md --
                ---
                title: Schule
                tags: [Kinder]
                ---
                """);
        TestSite.Run run = small.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : List.of("de/projekte/index.html", "de/schlagwoerter/kinder/index.html")) {
            Document page = small.page(file);
            assertThat(page.select("nav.pager, link[rel=prev], link[rel=next]"))
                    .as(file)
                    .isEmpty();
            assertThat(page.selectFirst("#listing-title").text()).as(file).contains("1 Seite");
        }
        try (Stream<Path> files = Files.walk(small.output())) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("seite")))
                    .isEmpty();
        }
    }

    @Test
    void theSiteChoosesItsPageSize() {
        TestSite small = TestSite.write(dir.resolve("sized"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: en
                languages:
                  - code: en
                    title: Test site
                pagination:
                  pageSize: 2
                -- content/_index.en.md --
                ---
                title: Home
                ---
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/a.en.md --
                ---
                title: A
                ---
                -- content/news/b.en.md --
                ---
                title: B
                ---
                -- content/news/c.en.md --
                ---
                title: C
                ---
                """);
        TestSite.Run run = small.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(small.page("en/news/index.html").select("main .cards h3").eachText())
                .containsExactly("A", "B");
        Document second = small.page("en/news/page/2/index.html");
        assertThat(second.select("main .cards h3").eachText()).containsExactly("C");
        assertThat(second.title()).isEqualTo("News – Page 2 – Test site");
        assertThat(second.selectFirst("#listing-title small").text()).isEqualTo("Page 2 of 2");
    }

    @Test
    void aSectionWithATemplateOfItsOwnKeepsItsWholeListing() {
        TestSite typed = TestSite.write(dir.resolve("typed"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                pagination:
                  pageSize: 2
                -- theme/galerie.html --
                <!DOCTYPE html>
                <html th:replace="~{layout :: layout(~{::article})}">
                <body><article><h1 th:text="${page.body.title}">Galerie</h1>
                <ul class="gallery"><li th:each="item : ${page.body.children}" th:text="${item.title}">Bild</li></ul></article></body>
                </html>
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/bilder/_index.de.md --
                ---
                title: Bilder
                type: galerie
                ---
                -- content/bilder/a.de.md --
                ---
                title: A
                ---
                -- content/bilder/b.de.md --
                ---
                title: B
                ---
                -- content/bilder/c.de.md --
                ---
                title: C
                ---
                """);
        TestSite.Run run = typed.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(typed.page("de/bilder/index.html").select(".gallery li").eachText())
                .containsExactly("A", "B", "C");
        assertThat(typed.output().resolve("de/bilder/seite")).doesNotExist();
    }

    @Test
    void aContentPageOrAliasAtTheAddressOfAListingsPageIsAnErrorAtItsFile() {
        TestSite clash = TestSite.write(dir.resolve("clash"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                pagination:
                  pageSize: 2
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/projekte/a.de.md --
                ---
                title: A
                ---
                -- content/projekte/b.de.md --
                ---
                title: B
                aliases: [/de/projekte/seite/3/]
                ---
                -- content/projekte/c.de.md --
                ---
                title: C
                ---
                -- content/projekte/d.de.md --
                ---
                title: D
                ---
                -- content/projekte/e.de.md --
                ---
                title: E
                ---
                -- content/projekte/seite/2.de.md --
                ---
                title: Zwei
                ---
                """);
        TestSite.Run run = clash.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/projekte/seite/2.de.md:1: has the address /de/projekte/seite/2/, which page 2 of the listing "
                                + "/de/projekte/ uses (move the page or give it another 'slug')");
        assertThat(run.err())
                .contains(
                        "content/projekte/b.de.md:1: alias '/de/projekte/seite/3/' is the address of page 3 of the listing "
                                + "/de/projekte/");
    }

    @Test
    void thePreviewRendersOnlyTheListingPagesWhoseEntriesChangedAndDeletesAVanishedOne() throws IOException {
        TestSite edited = large(dir.resolve("preview"));
        PreviewBuilds builder = new PreviewBuilds();
        BuildOptions options = BuildOptions.of(edited.root(), edited.output())
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false)
                .inPlace(true);
        assertThat(builder.build(options).hasErrors()).isFalse();

        // Sorted after "Sprachkurs 0110": onto the third page of the tag and of the section, which keep three pages.
        Path added = edited.root().resolve("content/kurse/kurs-0110a.de.md");
        edited.file("content/kurse/kurs-0110a.de.md", "---\ntitle: Sprachkurs 0110a\ntags: [Familie]\n---\n");
        BuildResult result = builder.rebuild(options, Set.of(added));
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.rendered())
                .contains(
                        TERM[2],
                        SECTION[2],
                        "ar/schlagwoerter/familie/صفحة/3/index.html",
                        "de/kurse/kurs-0110a/index.html")
                .doesNotContain(TERM[0], TERM[1], SECTION[0], SECTION[1], "ar/schlagwoerter/familie/index.html");
        assertThat(edited.page(TERM[2]).select("main .cards h3").eachText())
                .contains("Sprachkurs 0110a")
                .hasSize(21);
        assertSameAsFullBuild(edited, options);

        // Twenty-two fewer: the listings shrink to two pages, so every page's numbers change and the third is gone.
        Set<Path> deleted = new java.util.HashSet<>();
        for (int i = 0; i < 22; i++) {
            Path file = edited.root().resolve("content/kurse/kurs-%04d.de.md".formatted(i));
            Files.delete(file);
            deleted.add(file);
        }
        BuildResult shrunk = builder.rebuild(options, deleted);
        assertThat(shrunk.hasErrors()).as("%s", shrunk.problems()).isFalse();
        assertThat(shrunk.changed()).contains(TERM[0], TERM[1], TERM[2], SECTION[2]);
        assertThat(edited.output().resolve(TERM[2])).doesNotExist();
        assertThat(edited.output().resolve(SECTION[2])).doesNotExist();
        assertThat(edited.page(TERM[1]).select("nav.pager a:not([rel])").eachText())
                .containsExactly("1", "2");
        assertSameAsFullBuild(edited, options);
    }

    private void assertSameAsFullBuild(TestSite edited, BuildOptions options) {
        Path full = dir.resolve("full-" + System.nanoTime());
        BuildResult fresh = new PreviewBuilds().build(options.withOutput(full));
        assertThat(fresh.hasErrors()).as("%s", fresh.problems()).isFalse();
        assertThat(files(edited.output())).isEqualTo(files(full));
    }

    private static String href(String file) {
        return "/" + file.substring(0, file.length() - "index.html".length());
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString(),
                        Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
