package dev.mosaik.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.PrintedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPrinterTest {

    private static final String HTML =
            "<!DOCTYPE html><html lang=\"de\"><head><title>T</title><style>body { font-family: 'Noto Sans', 'Noto Sans Arabic'; }</style></head><body>"
                    + "<h1>Deutschkurs</h1><p lang=\"fa\" dir=\"rtl\">کلاس زبان آلمانی</p><p lang=\"ru\">Курс немецкого</p></body></html>";

    @Test
    void theSameHtmlAndDateGiveTheSameBytes() {
        PdfPrinter printer = new PdfPrinter(Optional.empty());
        byte[] first = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        byte[] second = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(second).isEqualTo(first);
        assertThat(printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-29T00:00:00Z")))
                .isNotEqualTo(first);
    }

    @Test
    void embedsFontsForLatinCyrillicAndArabicScriptAndKeepsTextExtractable() throws Exception {
        byte[] pdf = new PdfPrinter(Optional.empty()).print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Deutschkurs", "Курс немецкого", "کلاس زبان آلمانی");
            assertThat(document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR))
                    .isEqualTo(2026);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged")
                    .isNotNull();
        }
    }

    private static String printedText(String body) throws Exception {
        return printed(body, false);
    }

    private static String printed(String body, boolean glyphs) throws Exception {
        String html =
                "<!DOCTYPE html><html lang=\"de\"><head><title>T</title><style>body { font-family: 'Noto Sans', 'Noto Sans Arabic'; }</style></head><body>"
                        + body + "</body></html>";
        byte[] pdf = new PdfPrinter(Optional.empty()).print(html, "T", "de", Instant.parse("2026-11-28T00:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return glyphs ? PrintedText.drawnGlyphs(document) : new PDFTextStripper().getText(document);
        }
    }

    @Test
    void printsPersianLettersJoinedWithTheirNeighbours() throws Exception {
        String body = "<p lang=\"fa\" dir=\"rtl\">کلاس مکالمه · رایگان · دسترسی بدون پله · چهارشنبه · ژوئن</p>"
                + "<p lang=\"ar\" dir=\"rtl\">امسحوا الرمز: تُفتح صفحة الدورة بلغتكم.</p>";
        assertThat(PrintedText.unshapedLetters(printed(body, true))).isEmpty();
        String text = printedText(body);
        assertThat(PrintedText.normalised(text))
                .contains("کلاس مکالمه", "رایگان", "دسترسی بدون پله", "چهارشنبه", "ژوئن", "تُفتح صفحة الدورة");
    }

    @Test
    void keepsTheLettersOfLigaturesInTheTextLayer() throws Exception {
        String text = printedText("<p>Die Kursseite öffnet sich in Ihrer Sprache. Auflage, fließend, Schifffahrt</p>");
        assertThat(PrintedText.normalised(text)).contains("öffnet sich", "Auflage", "fließend", "Schifffahrt");
    }

    @Test
    void aCachedSheetIsNotPrintedAgain(@TempDir Path site) throws Exception {
        dev.mosaik.output.cache.CacheFolder cache =
                dev.mosaik.output.cache.CacheFolder.open(site, "stamp").orElseThrow();
        PdfPrinter printer = new PdfPrinter(Optional.of(cache));
        byte[] pdf = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        try (var files = Files.walk(cache.path().resolve("pdf"))) {
            Path cached = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            cache.write("pdf", cached.getFileName().toString().replace(".entry", ""), "cached".getBytes());
        }
        assertThat(new String(printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"))))
                .isEqualTo("cached");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    /**
     * An editor's HTML printed in the preview names an image and style sheets on a server of this computer (the
     * request would come from the preview: server-side request forgery) and files outside the output folder, by
     * {@code file:} URI, by {@code ..} and through a link: none is requested or embedded. A picture inside the
     * folder and one inline as {@code data:} are, so the printer does load what it may.
     */
    @Test
    void printsOnlyFilesFromTheOutputFolderNeverTheNetworkOrOtherFiles(@TempDir Path dir) throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] served = png(7);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, served.length);
            exchange.getResponseBody().write(served);
            exchange.close();
        });
        server.start();
        try {
            Path output = Files.createDirectories(dir.resolve("public"));
            Path outside = Files.write(dir.resolve("geheim.png"), png(9));
            Files.write(dir.resolve("geheim.css"), "body { background-image: url(geheim.png); }".getBytes());
            Files.createDirectories(output.resolve("x"));
            Files.write(output.resolve("x/bild.png"), png(5));
            Files.write(output.resolve("x/sechs.png"), png(6));
            Files.createSymbolicLink(output.resolve("x/link.png"), outside);
            String local = "http://127.0.0.1:" + server.getAddress().getPort();
            String html = "<!DOCTYPE html><html><head><title>Flyer</title>"
                    + "<link rel=\"stylesheet\" href=\"" + local + "/style.css\">"
                    + "<link rel=\"stylesheet\" href=\""
                    + outside.resolveSibling("geheim.css").toUri() + "\">"
                    + "<style>@import url(\"" + local + "/import.css\"); p { background-image: url(\"" + local
                    + "/bg.png\"); }</style></head><body>"
                    + "<p>Flyer</p>"
                    + "<img src=\"" + local + "/bild.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"http://localhost:" + server.getAddress().getPort()
                    + "/zwei.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"" + outside.toUri() + "\" width=\"20\" height=\"20\">"
                    + "<img src=\"file://" + outside + "\" width=\"20\" height=\"20\">"
                    + "<img src=\"../../geheim.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"link.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"bild.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"/x/sechs.png\" width=\"20\" height=\"20\">"
                    + "<img src=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(png(3)) + "\" width=\"20\" height=\"20\">"
                    + "</body></html>";
            Path flyer = Files.writeString(output.resolve("x/flyer.html"), html);

            byte[] pdf = new PdfPrinter(Optional.empty())
                    .printFile(flyer, output, "Flyer", "de", Instant.parse("2026-11-28T00:00:00Z"));

            assertThat(requests.get()).as("requests to the local server").isZero();
            assertThat(imageWidths(pdf))
                    .as(
                            "embedded pictures by width: the folder's (5 by a relative path, 6 by a site path) and the inline one (3), never 9 or 7")
                    .containsExactlyInAnyOrder(5, 6, 3);
            assertThat(new PdfPrinter(Optional.empty())
                            .print(html, "Flyer", "de", Instant.parse("2026-11-28T00:00:00Z")))
                    .as("the build's sheets: inline pictures only")
                    .satisfies(built -> assertThat(imageWidths(built)).containsOnly(3));
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    private static byte[] png(int width) throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static java.util.List<Integer> imageWidths(byte[] pdf) throws java.io.IOException {
        java.util.List<Integer> widths = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        widths.add(image.getWidth());
                    }
                }
            }
        }
        return widths;
    }
}
