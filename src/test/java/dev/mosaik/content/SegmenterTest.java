package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static final Pattern PIECES = Pattern.compile("(<[^>]*>|&[#\\w]+;)|([^<&]+|[<&])");

    private final Segmenter segmenter = new Segmenter();
    private final SegmentAssembler assembler = new SegmentAssembler();

    static List<Path> shippedPages() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** A provider that writes every word in capitals and leaves every placeholder where it was. */
    static String capitals(String text) {
        Matcher matcher = PIECES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            out.append(
                    matcher.group(1) != null
                            ? matcher.group(1)
                            : matcher.group(2).toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    static Map<String, String> translate(SegmentedPage page, java.util.function.UnaryOperator<String> provider) {
        Map<String, String> translations = new LinkedHashMap<>();
        page.segments().forEach(s -> translations.put(s.id(), provider.apply(s.text())));
        return translations;
    }

    /** The markup of a page, segment by segment: what a translation must never change. */
    static List<String> markup(SegmentedPage page) {
        List<String> markup = new ArrayList<>();
        for (Segment segment : page.segments()) {
            for (Segment.Part part : segment.parts()) {
                if (!(part instanceof Segment.Text) && !(part instanceof Segment.Break)) {
                    markup.add(segment.id() + " " + part.raw());
                }
            }
        }
        return markup;
    }

    @Test
    void anIdentityProviderGivesBackEveryShippedPageByteForByte() throws IOException {
        int segments = 0;
        for (Path file : shippedPages()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SegmentedPage page = segmenter.segment(file.toString(), text);
            segments += page.segments().size();
            Problems problems = new Problems();
            assertThat(assembler.reassemble(page, translate(page, t -> t), problems))
                    .as(file.toString())
                    .contains(text);
            assertThat(problems.all()).isEmpty();
        }
        assertThat(segments).as("the shipped pages have many segments").isGreaterThan(2000);
    }

    @Test
    void translatingEveryWordOfEveryShippedPageKeepsItsMarkupByteForByte() throws IOException {
        for (Path file : shippedPages()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SegmentedPage page = segmenter.segment(file.toString(), text);
            Problems problems = new Problems();
            Optional<String> translated =
                    assembler.reassemble(page, translate(page, SegmenterTest::capitals), problems);
            assertThat(problems.all()).as(file.toString()).isEmpty();
            SegmentedPage again = segmenter.segment(file.toString(), translated.orElseThrow());
            assertThat(markup(again)).as(file.toString()).isEqualTo(markup(page));
            assertThat(again.segments())
                    .extracting(Segment::id)
                    .isEqualTo(page.segments().stream().map(Segment::id).toList());
            assertThat(new FrontMatterReader()
                            .read(
                                    ContentTestSupport.file(file.toString().replace('\\', '/'), "a", "de"),
                                    translated.get(),
                                    new Problems()))
                    .as(file + " still reads")
                    .isPresent();
        }
    }

    @Test
    void linkTextIsTranslatedAndItsTargetKept() {
        SegmentedPage page = segmenter.segment(
                "content/x.de.md", "---\ntitle: Hallo\n---\nSchreiben Sie uns über [Kontakt](/kontakt.md).\n");
        assertThat(page.segments())
                .extracting(Segment::text)
                .containsExactly("Hallo", "Schreiben Sie uns über <g id=\"1\">Kontakt</g>.");
        Map<String, String> translations =
                Map.of("body:0", "Write to us via <g id=\"1\">contact</g>.", "front:title", "Hello");
        assertThat(assembler.reassemble(page, translations, new Problems()))
                .contains("---\ntitle: \"Hello\"\n---\nWrite to us via [contact](/kontakt.md).\n");
    }

    @Test
    void inlineMarkupBecomesNumberedPlaceholders() {
        String body = "## Sprechzeiten {#zeiten}\n\nDas *Büro* hat `offen` <br> ab 9 Uhr[^1], Tel. 06441 99-1234, "
                + "mail@wetzlar.de, <https://wetzlar.de> und ![Logo der Stadt](/logo.png).\n\n[^1]: Außer **feiertags**.\n";
        SegmentedPage page = segmenter.segment("content/x.de.md", "---\ntitle: T\n---\n" + body);
        assertThat(page.segments())
                .extracting(Segment::text)
                .containsExactly(
                        "T",
                        "Sprechzeiten <x id=\"1\"/>",
                        "Das <g id=\"1\">Büro</g> hat <x id=\"2\"/> <x id=\"3\"/> ab 9 Uhr<x id=\"4\"/>, Tel. <x id=\"5\"/>, <x id=\"6\"/>, "
                                + "<x id=\"7\"/> und <g id=\"8\">Logo der Stadt</g>.",
                        "Außer <g id=\"1\">feiertags</g>.");
        assertThat(page.segments())
                .extracting(Segment::kind)
                .containsExactly("title", "heading", "paragraph", "footnote");
        assertThat(page.segments().get(2).section()).contains("Sprechzeiten");
        assertThat(page.segments().get(2).line()).isEqualTo(6);
    }

    @Test
    void listItemsTableCellsAndQuotationsAreSegmentsOfTheirOwn() {
        String body =
                "- erstens\n- zweitens mit\n  zwei Zeilen\n\n| Tag | Zeit |\n|-----|------|\n| Montag | 9 Uhr |\n\n> Zitat eins\n> Zitat zwei\n";
        SegmentedPage page = segmenter.segment("content/x.de.md", "---\ntitle: T\n---\n" + body);
        assertThat(page.segments())
                .extracting(Segment::kind)
                .containsExactly(
                        "title",
                        "list item",
                        "list item",
                        "table cell",
                        "table cell",
                        "table cell",
                        "table cell",
                        "quotation");
        Map<String, String> translations = translate(page, SegmenterTest::capitals);
        assertThat(assembler.reassemble(page, translations, new Problems()))
                .contains(
                        "---\ntitle: T\n---\n"
                                + "- ERSTENS\n- ZWEITENS MIT ZWEI ZEILEN\n\n| TAG | ZEIT |\n|-----|------|\n| MONTAG | 9 UHR |\n\n> ZITAT EINS ZITAT ZWEI\n");
    }

    @Test
    void onlyTheProseFieldsOfATypedPageAreSegments() throws IOException {
        String text = Files.readString(Path.of("content/handlungsfelder/8-1-2-themen-der-integration.de.md"));
        SegmentedPage page = segmenter.segment("content/handlungsfelder/8-1-2-themen-der-integration.de.md", text);
        List<String> front = page.segments().stream()
                .map(Segment::id)
                .filter(id -> id.startsWith("front:"))
                .toList();
        assertThat(front)
                .startsWith(
                        "front:title",
                        "front:summary",
                        "front:measures.0.text",
                        "front:measures.0.history.1.note",
                        "front:measures.1.text");
        assertThat(front)
                .noneMatch(id ->
                        id.contains("term") || id.contains("status") || id.contains("number") || id.contains("area"));
    }

    @Test
    void refusesATranslationThatLostALinkNamingTheSegment() {
        SegmentedPage page = segmenter.segment(
                "content/x.de.md", "---\ntitle: T\n---\n\nSchreiben Sie uns über [Kontakt](/kontakt.md).\n");
        Problems problems = new Problems();
        assertThat(assembler.reassemble(page, Map.of("body:0", "Write to us via contact."), problems))
                .isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .first()
                .asString()
                .startsWith(
                        "content/x.de.md:5: the translation of this paragraph lost the link [Kontakt](/kontakt.md)");
    }

    @Test
    void refusesATranslationThatRepeatsOrInventsOrBreaksPlaceholders() {
        SegmentedPage page = segmenter.segment("content/x.de.md", "---\ntitle: T\n---\nDas *Büro* hat `offen`.\n");
        for (String broken : List.of(
                "The <g id=\"1\">office</g> <x id=\"2\"/> is <x id=\"2\"/>.",
                "The <g id=\"1\">office <x id=\"2\"/>.",
                "The <g id=\"1\">office</g> <x id=\"3\"/> <x id=\"2\"/>",
                "The office</g> <g id=\"1\">x</g><x id=\"2\"/>",
                "The <x id=\"1\"/> office <x id=\"2\"/>")) {
            Problems problems = new Problems();
            assertThat(assembler.reassemble(page, Map.of("body:0", broken), problems))
                    .as(broken)
                    .isEmpty();
            assertThat(problems.all())
                    .as(broken)
                    .singleElement()
                    .extracting(Problem::format)
                    .asString()
                    .startsWith("content/x.de.md:4: the translation of this paragraph");
        }
    }

    @Test
    void aTranslatedBlockScalarStaysValidYaml() {
        String text = "---\ntitle: T\nsummary: |\n  Zwei\n  Zeilen\nweight: 3\n---\nText\n";
        SegmentedPage page = segmenter.segment("content/x.de.md", text);
        assertThat(assembler.reassemble(page, Map.of("front:summary", "Two lines: \"quoted\""), new Problems()))
                .contains("---\ntitle: T\nsummary: \"Two lines: \\\"quoted\\\"\"\nweight: 3\n---\nText\n");
    }
}
