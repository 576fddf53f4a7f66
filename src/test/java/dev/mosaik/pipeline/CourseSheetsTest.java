package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.mosaik.testing.TestSite;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course finder and the printed sheets of the shipped site, read back with PDFBox and ZXing. */
class CourseSheetsTest {

    @TempDir
    static Path output;

    private static TestSite.Run run;

    @BeforeAll
    static void build() {
        run = TestSite.run("build", "--source", ".", "--output", output.toString(), "--build-date", "2026-11-28");
    }

    private static PDDocument pdf(String path) throws Exception {
        return Loader.loadPDF(output.resolve(path).toFile());
    }

    @Test
    void theArabicSheetHasTheArabicTitleInLogicalOrderAndAQrCodeToTheArabicPage() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument sheet = pdf("infoblaetter/deutsch-lernen/neu-im-leben-fit-in-deutsch/de-ar.pdf")) {
            assertThat(sheet.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(sheet);
            assertThat(text).contains("Neu im Leben – Fit in Deutsch").contains("جديد في الحياة");
            assertThat(sheet.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(sheet.getDocumentInformation().getTitle()).contains("جديد في الحياة");
            BufferedImage page = new PDFRenderer(sheet).renderImageWithDPI(0, 150);
            assertThat(decodeQr(page))
                    .isEqualTo("https://integration.wetzlar.de/ar/deutsch-lernen/neu-im-leben-fit-in-deutsch/");
            assertThat(darkShare(page)).as("the page is not blank").isGreaterThan(0.02);
        }
    }

    @Test
    void everyCourseHasASheetPerLanguagePairAndEveryDistrictANotice() throws Exception {
        try (var courses = Files.list(Path.of("content/deutsch-lernen"))) {
            long count = courses.filter(f -> f.getFileName().toString().endsWith(".de.md")
                            && !f.getFileName().toString().startsWith("_"))
                    .count();
            assertThat(count).isGreaterThanOrEqualTo(12);
            try (var sheets = Files.walk(output.resolve("infoblaetter/deutsch-lernen"))) {
                assertThat(sheets.filter(p -> p.toString().endsWith(".pdf")).count())
                        .isEqualTo(count * 8);
            }
        }
        try (PDDocument notice = pdf("infoblaetter/aushang/dalheim-de-fa.pdf")) {
            String text = new PDFTextStripper().getText(notice);
            assertThat(text).contains("Deutschkurse in Dalheim").contains("Deutsch im Elterncafé Dalheim");
            assertThat(decodeQr(new PDFRenderer(notice).renderImageWithDPI(0, 200)))
                    .as("the district's finder page at its Persian address")
                    .isEqualTo("https://integration.wetzlar.de/fa/deutsch-lernen/" + "محله/dalheim/");
        }
        assertThat(Files.readString(
                        output.resolve("infoblaetter/deutsch-lernen/neu-im-leben-fit-in-deutsch/de-ar.html")))
                .contains("@page { size: A4;");
    }

    @Test
    void noSheetPrintsTheGermanTitleOnItsOtherLanguageSide() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<Path> sheets;
        try (var walk = Files.walk(output.resolve("infoblaetter/deutsch-lernen"))) {
            // Leichte Sprache is German: its side may say what the German side says.
            sheets = walk.filter(p -> p.getFileName().toString().matches("de-[a-z]+\\.html")
                            && !p.getFileName().toString().equals("de-ls.html"))
                    .sorted()
                    .toList();
        }
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(12 * 7);
        for (Path sheet : sheets) {
            Document html = org.jsoup.Jsoup.parse(sheet.toFile());
            String german = html.select("h1 > span[lang=de]").text();
            org.jsoup.nodes.Element other =
                    html.selectFirst("h1 > .title-other").clone();
            // A German name the translation keeps beside its own words is marked as German; those words are fine.
            other.select("[lang=de]").remove();
            assertThat(german).as(sheet.toString()).isNotEmpty();
            assertThat(other.text())
                    .as(output.relativize(sheet) + ": the other side's title")
                    .isNotBlank()
                    .doesNotContain(german);
        }
    }

    @Test
    void theFinderHasAStaticPageForEveryFilterAndAnArchive() throws Exception {
        Document finder = org.jsoup.Jsoup.parse(
                output.resolve("de/deutsch-lernen/index.html").toFile());
        assertThat(finder.select(".course-item")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(finder.select("script[src=/mosaik/courses.js]")).hasSize(1);
        Document a1 = org.jsoup.Jsoup.parse(
                output.resolve("de/deutsch-lernen/niveau/a1/index.html").toFile());
        assertThat(a1.select(".course-item"))
                .isNotEmpty()
                .allSatisfy(
                        item -> assertThat(item.attr("data-levels").split(" ")).contains("a1"));
        Document childcare = org.jsoup.Jsoup.parse(
                output.resolve("de/deutsch-lernen/kinderbetreuung/index.html").toFile());
        assertThat(childcare.select(".course-item"))
                .allSatisfy(item -> assertThat(item.attr("data-childcare")).isEqualTo("true"));
        Document archive = org.jsoup.Jsoup.parse(
                output.resolve("de/deutsch-lernen/archiv/index.html").toFile());
        assertThat(archive.select(".course-item h3").eachText()).contains("Gesprächskreis Deutsch C1–C2");
        assertThat(finder.select(".course-item h3").eachText()).doesNotContain("Gesprächskreis Deutsch C1–C2");
        Document arabic = org.jsoup.Jsoup.parse(
                output.resolve("ar/deutsch-lernen/" + "حي/dalheim/index.html").toFile());
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select(".course-meta").text()).contains("الأربعاء");
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader()
                .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (luminance < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }
}
