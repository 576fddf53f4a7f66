package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.PrintedText;
import dev.mosaik.testing.TestSite;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every printed sheet and notice of the shipped site, read back with PDFBox against the HTML it was printed
 * from: the text of both languages is there (after NFKC, which folds Arabic presentation forms back to
 * letters), Arabic-script letters are drawn in forms that join their neighbours, no ligature swallows letters,
 * and no time, date, price or phone number is split across lines. Page 1 of a Persian, an Arabic and a Turkish
 * sheet and of a notice are kept as PNGs under {@code target/print/} for a person to look at.
 */
class PrintedSheetsTest {

    @TempDir
    static Path output;

    private static TestSite.Run run;

    @BeforeAll
    static void build() {
        run = TestSite.run("build", "--source", ".", "--output", output.toString(), "--build-date", "2026-11-28");
    }

    private static List<Path> pdfs() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> walk = Files.walk(output.resolve("infoblaetter"))) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static Document html(Path pdf) throws Exception {
        String name = pdf.getFileName().toString();
        return Jsoup.parse(
                pdf.resolveSibling(name.substring(0, name.length() - 4) + ".html")
                        .toFile(),
                "UTF-8");
    }

    /** The extracted text in drawing order, each box's lines one after the other. */
    private static String text(PDDocument document) throws Exception {
        return PrintedText.normalised(new PDFTextStripper().getText(document));
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everySheetAndNoticeGivesBackTheTextOfBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path pdf : pdfs()) {
            Document source = html(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                // Word by word: PDFBox's extractor puts the words of a right-to-left line with Latin or digits in
                // an order of its own, and a line break may fall after a hyphen.
                String text = collapsed(text(document).replace("-\n", "-"));
                for (Element element : source.select("h1 span, h2 span, .label, .provider, .scan p, .sample span")) {
                    // The extractor also separates the parts of a Persian word joined by a zero-width non-joiner.
                    for (String word :
                            collapsed(PrintedText.normalised(element.text())).split("[ \\u200C]")) {
                        // An address may wrap after a slash.
                        boolean found = text.contains(word)
                                || word.startsWith("https://")
                                        && text.replace(" ", "").contains(word);
                        if (!word.isEmpty() && !found) {
                            missing.add(output.relativize(pdf) + ": " + word + " of " + element.text());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theOtherSideShowsTheTranslatedCourseTitle() throws Exception {
        try (PDDocument sheet =
                Loader.loadPDF(output.resolve("infoblaetter/deutsch-lernen/elterncafe-deutsch-dalheim/de-fa.pdf")
                        .toFile())) {
            assertThat(collapsed(text(sheet))).contains("Deutsch im Elterncafé Dalheim", "آلمانی در کافهٔ والدین");
            assertThat(sheet.getDocumentInformation().getTitle())
                    .isEqualTo("Deutsch im Elterncafé Dalheim – آلمانی در کافهٔ والدین Dalheim");
        }
    }

    @Test
    void arabicScriptLettersJoinTheirNeighboursOnEverySheet() throws Exception {
        List<String> unshaped = new ArrayList<>();
        for (Path pdf : pdfs()) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PrintedText.unshapedLetters(PrintedText.drawnGlyphs(document))
                        .forEach(p -> unshaped.add(output.relativize(pdf) + ": " + p));
            }
        }
        assertThat(unshaped).isEmpty();
    }

    @Test
    void noLigatureSwallowsLettersInTheTextLayer() throws Exception {
        for (String sheet : List.of(
                "infoblaetter/deutsch-lernen/elterncafe-deutsch-dalheim/de-tr.pdf",
                "infoblaetter/aushang/dalheim-de-en.pdf")) {
            try (PDDocument document = Loader.loadPDF(output.resolve(sheet).toFile())) {
                assertThat(collapsed(text(document))).as(sheet).contains("Die Kursseite öffnet sich in Ihrer Sprache.");
            }
        }
    }

    @Test
    void noTimeDatePriceOrPhoneNumberIsSplitAcrossLines() throws Exception {
        List<String> split = new ArrayList<>();
        for (Path pdf : pdfs()) {
            Document source = html(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                List<String> lines =
                        text(document).lines().map(PrintedSheetsTest::collapsed).toList();
                // Right-to-left items are looked for by their letters and digits in one drawn line: the extractor's
                // order within such a line is not the reading order.
                List<String> drawn = PrintedText.drawnGlyphs(document)
                        .lines()
                        .map(PrintedText::normalised)
                        .toList();
                for (Element kept : source.select(".keep")) {
                    String expected = collapsed(PrintedText.normalised(kept.text()));
                    boolean found = RIGHT_TO_LEFT.matcher(expected).find()
                            ? drawn.stream().anyMatch(line -> containsLetters(line, expected))
                            : lines.stream().anyMatch(line -> line.contains(expected));
                    if (!found) {
                        split.add(output.relativize(pdf) + ": " + expected);
                    }
                }
            }
        }
        assertThat(split).isEmpty();
    }

    private static final java.util.regex.Pattern RIGHT_TO_LEFT = java.util.regex.Pattern.compile("[\\u0590-\\u08FF]");

    /** Whether {@code line} holds every letter and digit of {@code item}, as many times as {@code item} does. */
    private static boolean containsLetters(String line, String item) {
        java.util.Map<Integer, Long> have = line.codePoints()
                .filter(Character::isLetterOrDigit)
                .boxed()
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        java.util.Map<Integer, Long> need = item.codePoints()
                .filter(Character::isLetterOrDigit)
                .boxed()
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        return need.entrySet().stream().allMatch(e -> have.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    @Test
    void everyCourseSheetAndEveryDistrictNoticeFitsOnePageInnenstadtsFourCoursesIncluded() throws Exception {
        List<String> long_ = new ArrayList<>();
        int many = 0;
        for (Path pdf : pdfs()) {
            many += html(pdf).body().hasClass("courses-many") ? 1 : 0;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                if (document.getNumberOfPages() > 1) {
                    long_.add(output.relativize(pdf) + ": " + document.getNumberOfPages() + " pages");
                }
            }
        }
        assertThat(many)
                .as("notices of four courses (Innenstadt) are among them")
                .isPositive();
        assertThat(long_).isEmpty();
    }

    @Test
    void keepsPictureOfPageOneOfPersianArabicAndTurkishSheetsAndANotice() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "print"));
        for (String sheet : List.of(
                "deutsch-lernen/elterncafe-deutsch-dalheim/de-fa",
                "deutsch-lernen/elterncafe-deutsch-dalheim/de-ar",
                "deutsch-lernen/integrationskurs-innenstadt-vormittag/de-tr",
                "deutsch-lernen/elterncafe-deutsch-dalheim/de-ls",
                "aushang/dalheim-de-fa",
                "aushang/altstadt-de-ar",
                "aushang/innenstadt-de-en",
                "aushang/innenstadt-de-ls")) {
            try (PDDocument document = Loader.loadPDF(
                    output.resolve("infoblaetter/" + sheet + ".pdf").toFile())) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
                Path png = folder.resolve(sheet.replace('/', '-') + ".png");
                ImageIO.write(page, "png", png.toFile());
                assertThat(Files.size(png)).isGreaterThan(10_000);
            }
        }
    }
}
