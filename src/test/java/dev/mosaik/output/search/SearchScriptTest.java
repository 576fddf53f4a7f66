package dev.mosaik.output.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ibm.icu.util.ULocale;
import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import dev.mosaik.testing.WordySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search script's engine, run by node on the index the build wrote: it folds a query as the build folded
 * the text, matches the last word as a prefix and ranks title over headings over text, pages with every word
 * first. Skipped without node, unless {@code MOSAIK_BROWSER_TESTS=required}.
 */
class SearchScriptTest {

    private static final Path SCRIPT =
            Path.of("src/main/resources/theme/static/mosaik/search.js").toAbsolutePath();
    private static final Path HARNESS =
            Path.of("src/test/resources/search/harness.js").toAbsolutePath();

    @TempDir
    static Path dir;

    private static TestSite site;

    @BeforeAll
    static void build() {
        requireNode();
        site = TestSite.write(dir, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                  - code: tr
                    title: Test sitesi
                  - code: ar
                    title: موقع الاختبار
                    locale: ar-u-nu-arab
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
                -- content/_index.ar.md --
                ---
                title: أهلا وسهلا
                ---
                مرحبا بكم في مدينة فيتسلار.
                -- content/angebote/_index.de.md --
                ---
                title: Angebote
                ---
                Was es gibt.
                -- content/angebote/sprachcafe.de.md --
                ---
                title: Sprachcafé
                summary: Deutsch sprechen am Freitag.
                ---
                Jeden Freitag.
                -- content/angebote/treffpunkte.de.md --
                ---
                title: Treffpunkte
                ---
                Man trifft sich im Sprachcafé oder im Verein.
                -- content/angebote/stadtteil.de.md --
                ---
                title: Im Stadtteil
                ---
                ## Sprachcafé am Markt

                Jeden Montag.
                -- content/angebote/naunheim.de.md --
                ---
                title: Naunheim
                ---
                In Naunheim gibt es ein Sprachcafé im Bürgerhaus an der Hauptstraße.
                -- content/angebote/sommerfest.de.md --
                ---
                title: Sommerfest
                type: termin
                start: 2027-07-03T15:00
                place: Gemeindesaal Dalheim
                address: Lindenweg 5, 35578 Wetzlar
                stepFree: true
                ---
                Alle Nachbarn sind eingeladen. Wir feiern im Garten hinter dem Saal, mit Musik aus Wetzlar und aus Syrien. Kuchen bringt jeder mit.

                ## Programm

                - Begrüßung
                - Tanz im Garten
                -- content/iletisim.tr.md --
                ---
                title: İletişim
                ---
                Wetzlar'da entegrasyon bürosu.
                -- content/iletisim.de.md --
                ---
                title: Kontakt
                ---
                Das Integrationsbüro.
                -- content/iletisim.ar.md --
                ---
                title: اتصل بنا
                ---
                مكتب الاندماج في مدينة فيتسلار، شخصيًا أو بالهاتف.
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static void requireNode() {
        boolean required = "required".equals(System.getenv("MOSAIK_BROWSER_TESTS"));
        boolean present;
        try {
            Process process = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            present = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (required) {
            assertThat(present)
                    .as("node is required (MOSAIK_BROWSER_TESTS=required) but not found")
                    .isTrue();
        }
        Assumptions.assumeTrue(present, "node is not installed");
    }

    /** Answers of the script's engine on the index of {@code folder}, one per request line. */
    private static List<String> ask(String folder, String locale, List<String> requests) throws Exception {
        return ask(site.output().resolve(folder).resolve("search.json"), locale, requests);
    }

    /** Answers of the script's engine on the index whose manifest is {@code index}, one per request line. */
    private static List<String> ask(Path index, String locale, List<String> requests) throws Exception {
        Process process =
                new ProcessBuilder("node", HARNESS.toString(), SCRIPT.toString(), index.toString(), locale).start();
        process.getOutputStream().write((String.join("\n", requests) + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return out.lines().toList();
    }

    /** The result of a query: pages with all words, pages with some, marked words of the first snippet, files it loaded. */
    private record Found(List<String> all, List<String> partial, List<String> marked, List<String> loaded) {
        static Found of(String line) {
            List<List<String>> groups = new ArrayList<>(List.of(new ArrayList<>()));
            for (String field : line.split("\t", -1)) {
                if (field.equals("|")) {
                    groups.add(new ArrayList<>());
                } else if (!field.isEmpty()) {
                    groups.get(groups.size() - 1).add(field);
                }
            }
            return new Found(groups.get(0), groups.get(1), groups.get(2), groups.get(3));
        }
    }

    private static Found search(String folder, String locale, String query) throws Exception {
        return Found.of(ask(folder, locale, List.of("Q\t" + query)).get(0));
    }

    @Test
    void foldsWordsExactlyAsTheBuildDoes() throws Exception {
        List<String> samples = List.of(
                "İstanbul",
                "ISTANBUL",
                "ıstanbul",
                "Straße",
                "Sprachcafé",
                "Bürgerbüro",
                "فيتسلار",
                "فیتسلار",
                "مكتب",
                "مدرسة",
                "أحمد",
                "إسلام",
                "آمنة",
                "ٱلله",
                "مؤتمر",
                "مسائل",
                "تَعَلُّم",
                "عـــربي",
                "حوزه\u200Cهای",
                "٢٠٢٦",
                "۱۴۰۴",
                "٨٫٢٫٣",
                "Łódź",
                "Ёлка",
                "Україна",
                "ﬁt",
                "ＷＥＴＺＬＡＲ",
                "Wetzlar’da",
                "ΟΔΟΣ",
                "ẞ");
        List<String> script =
                ask("de/suche", "de", samples.stream().map(s -> "N\t" + s).toList());
        List<String> java =
                samples.stream().map(Normaliser.standard()::normalise).toList();
        assertThat(script).isEqualTo(java);
    }

    @Test
    void everyQueryWordIsATermTheBuildIndexesForTheSameText() throws Exception {
        List<String> texts = List.of(
                "Wetzlar'da entegrasyon",
                "حوزه\u200Cهای اقدام",
                "مكتب الاندماج، شخصيًا.",
                "Integrationsbüro, Straße 8.2.3",
                "Изучение немецкого языка",
                "Nauka języka w Wetzlarze");
        List<String> script =
                ask("de/suche", "de", texts.stream().map(t -> "P\t" + t).toList());
        for (int i = 0; i < texts.size(); i++) {
            List<String> indexed = new ArrayList<>();
            new Terms(new ULocale("de"), Normaliser.standard()).of(texts.get(i), indexed::add);
            assertThat(indexed)
                    .as(texts.get(i))
                    .containsAll(Arrays.asList(script.get(i).split("\t")));
        }
    }

    @Test
    void ranksATitleOverAHeadingOverTheText() throws Exception {
        assertThat(search("de/suche", "de", "sprachcafe").all())
                .startsWith("/de/angebote/sprachcafe/", "/de/angebote/stadtteil/")
                .containsOnlyOnce("/de/angebote/treffpunkte/", "/de/angebote/naunheim/");
    }

    @Test
    void matchesTheLastWordAsAPrefixAndTheOthersWhole() throws Exception {
        assertThat(search("de/suche", "de", "sprachc").all())
                .contains("/de/angebote/sprachcafe/", "/de/angebote/treffpunkte/");
        assertThat(search("de/suche", "de", "sprachc markt").all()).isEmpty();
        assertThat(search("de/suche", "de", "markt sprachc").all()).containsExactly("/de/angebote/stadtteil/");
        assertThat(search("de/suche", "de", "sprachcafe ").all())
                .as("a space ends the word")
                .contains("/de/angebote/sprachcafe/");
        assertThat(search("de/suche", "de", "sprachca ").all())
                .as("a space ends the word")
                .isEmpty();
    }

    @Test
    void listsPagesWithEveryWordBeforePagesWithSome() throws Exception {
        Found found = search("de/suche", "de", "Sprachcafe Naunheim");
        assertThat(found.all()).containsExactly("/de/angebote/naunheim/");
        assertThat(found.partial()).startsWith("/de/angebote/sprachcafe/").contains("/de/angebote/treffpunkte/");
        assertThat(found.marked()).contains("Naunheim", "Sprachcafé");
    }

    @Test
    void findsAndMarksWordsTypedWithoutUmlautsSharpSOrAccents() throws Exception {
        assertThat(search("de/suche", "de", "Hauptstrasse").all()).containsExactly("/de/angebote/naunheim/");
        Found found = search("de/suche", "de", "buergerhaus");
        assertThat(found.all()).containsExactly("/de/angebote/naunheim/");
        assertThat(found.marked()).containsExactly("Bürgerhaus");
    }

    @Test
    void findsArabicWordsTypedWithPersianLetters() throws Exception {
        Found found = search("ar/suche", "ar-u-nu-arab", "مکتب فیتسلار");
        assertThat(found.all()).containsExactly("/ar/iletisim/");
        assertThat(found.marked()).containsExactly("مكتب", "فيتسلار");
        assertThat(search("ar/suche", "ar-u-nu-arab", "فيتسلار").all())
                .containsExactlyInAnyOrder("/ar/", "/ar/iletisim/");
    }

    @Test
    void findsTurkishWordsWhateverTheDotsOnTheI() throws Exception {
        for (String query : List.of("iletisim", "ILETISIM", "İletişim", "ıletısım")) {
            assertThat(search("tr/suche", "tr", query).all()).as(query).contains("/tr/iletisim/");
        }
        assertThat(search("tr/suche", "tr", "wetzlar").all())
                .as("the name before a suffix")
                .contains("/tr/iletisim/");
    }

    @Test
    void findsUntranslatedPagesOfATreeInTheirLanguage() throws Exception {
        assertThat(SearchFiles.read(site.output().resolve("ar/suche")).allDocs())
                .extracting(
                        SearchFiles.Doc::url,
                        SearchFiles.Doc::title,
                        SearchFiles.Doc::section,
                        SearchFiles.Doc::language)
                .contains(tuple("/ar/angebote/sprachcafe/", "Sprachcafé", "Angebote", "de"));
        assertThat(search("ar/suche", "ar-u-nu-arab", "sprachcafe").all()).startsWith("/ar/angebote/sprachcafe/");
    }

    /** Each result's excerpt for a query, by address, hits marked {@code <mark>…</mark>}. */
    private static java.util.Map<String, String> excerpts(String folder, String locale, String query) throws Exception {
        String[] fields = ask(folder, locale, List.of("S\t" + query)).get(0).split("\t", -1);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            out.put(fields[i], fields[i + 1]);
        }
        return out;
    }

    @Test
    void aResultShowsTheSentenceThatMatchedWithTheHitMarkedNotTheFactsRunTogether() throws Exception {
        assertThat(excerpts("de/suche", "de", "Wetzlar").get("/de/angebote/sommerfest/"))
                .isEqualTo("Wir feiern im Garten hinter dem Saal, mit Musik aus <mark>Wetzlar</mark> und aus Syrien.");
        assertThat(excerpts("de/suche", "de", "Garten Tanz").get("/de/angebote/sommerfest/"))
                .as("the sentence with the most hits; a list item is a sentence of its own")
                .isEqualTo("<mark>Tanz</mark> im <mark>Garten</mark>");
    }

    @Test
    void aResultThatMatchedOnlyInAFactShowsThatFactWhole() throws Exception {
        assertThat(excerpts("de/suche", "de", "Lindenweg").get("/de/angebote/sommerfest/"))
                .isEqualTo("<mark>Lindenweg</mark> 5, 35578 Wetzlar");
        assertThat(excerpts("de/suche", "de", "Sommerfest").get("/de/angebote/sommerfest/"))
                .as("a hit in the title: the first sentence")
                .isEqualTo("Alle Nachbarn sind eingeladen.");
    }

    /** A query on the index of the site of many pages, in a harness of its own: {@code loaded} is what it alone loads. */
    private static Found searchWordy(String query) throws Exception {
        return Found.of(ask(WordySite.built().resolve("de/suche/search.json"), "de", List.of("Q\t" + query))
                .get(0));
    }

    private static SearchFiles wordy() {
        return SearchFiles.read(WordySite.built().resolve("de/suche"));
    }

    /** The chunk of pages that holds page number {@code page}. */
    private static String docChunkOf(SearchFiles index, int page) {
        return index.docs().stream()
                .filter(c -> ((Number) c.first()).intValue() <= page)
                .reduce((first, second) -> second)
                .orElseThrow()
                .file();
    }

    @Test
    void findsAWordOfTheLastChunkOfTermsLoadingThatChunkAndThePagesChunkAlone() throws Exception {
        SearchFiles index = wordy();
        SearchFiles.Chunk last = index.terms().get(index.terms().size() - 1);
        SearchFiles.Term word = index.terms(last).stream()
                .filter(t -> t.term().startsWith("mo"))
                .reduce((first, second) -> second)
                .orElseThrow();
        int page = word.pages().get(0);
        String url = index.allDocs().get(page).url();

        for (String query : List.of(word.term() + " ", word.term())) {
            Found found = searchWordy(query);
            assertThat(found.all()).as(query).containsExactly(url);
            assertThat(found.loaded()).as(query).containsExactly(last.file(), docChunkOf(index, page));
        }
    }

    @Test
    void aPrefixWhoseTermsSpanTwoChunksLoadsBothAndFindsPagesOnEitherSide() throws Exception {
        SearchFiles index = wordy();
        SearchFiles.Chunk before = index.terms().get(1);
        SearchFiles.Chunk after = index.terms().get(2);
        List<SearchFiles.Term> beforeTerms = index.terms(before);
        SearchFiles.Term end = beforeTerms.get(beforeTerms.size() - 1);
        SearchFiles.Term start = index.terms(after).get(0);
        int common = 0;
        while (end.term().charAt(common) == start.term().charAt(common)) {
            common++;
        }
        String prefix = end.term().substring(0, common);
        assertThat(prefix)
                .as("the words on either side of the cut share a beginning")
                .startsWith("mo")
                .hasSizeGreaterThan(4);

        Found found = searchWordy(prefix);
        List<String> docs = index.allDocs().stream().map(SearchFiles.Doc::url).toList();
        assertThat(found.all())
                .contains(docs.get(end.pages().get(0)), docs.get(start.pages().get(0)));
        assertThat(found.loaded())
                .filteredOn(f -> f.startsWith("search-terms-"))
                .containsExactly(before.file(), after.file());
        assertThat(searchWordy(end.term() + " ").loaded())
                .as("the whole word needs one chunk")
                .filteredOn(f -> f.startsWith("search-terms-"))
                .containsExactly(before.file());
    }

    @Test
    void aPrefixOfManyChunksLoadsOnlyTheFirstThreeOfThem() throws Exception {
        SearchFiles index = wordy();
        assertThat(index.terms())
                .as("every chunk holds words that begin with mo")
                .hasSizeGreaterThan(3);
        Found found = searchWordy("mo");
        assertThat(found.loaded())
                .filteredOn(f -> f.startsWith("search-terms-"))
                .containsExactlyElementsOf(index.terms().subList(0, 3).stream()
                        .map(SearchFiles.Chunk::file)
                        .toList());
        assertThat(found.all()).as("the words of those chunks").isNotEmpty();
    }

    @Test
    void loadsOnlyTheChunksOfPagesOfTheResults() throws Exception {
        SearchFiles index = wordy();
        String url = WordySite.url(WordySite.PAGES - 1);
        int page = index.allDocs().stream().map(SearchFiles.Doc::url).toList().indexOf(url);
        Found found = searchWordy(
                String.join(" ", WordySite.words(WordySite.PAGES - 1).subList(0, 3)));
        assertThat(found.all()).containsExactly(url);
        assertThat(found.loaded())
                .filteredOn(f -> f.startsWith("search-docs-"))
                .containsExactly(docChunkOf(index, page));
        assertThat(searchWordy("gemeinsam ").all()).as("a word of every page").hasSize(WordySite.PAGES);
    }
}
