package dev.mosaik.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import dev.mosaik.testing.PrintedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPrinterTest {

    private static final String HTML = "<!DOCTYPE html><html lang=\"de\"><head><title>T</title><style>body { font-family: 'Noto Sans', 'Noto Sans Arabic'; }</style></head><body>"
            + "<h1>Deutschkurs</h1><p lang=\"fa\" dir=\"rtl\">کلاس زبان آلمانی</p><p lang=\"ru\">Курс немецкого</p></body></html>";

    @Test
    void theSameHtmlAndDateGiveTheSameBytes() {
        PdfPrinter printer = new PdfPrinter(Optional.empty());
        byte[] first = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        byte[] second = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(second).isEqualTo(first);
        assertThat(printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-29T00:00:00Z"))).isNotEqualTo(first);
    }

    @Test
    void embedsFontsForLatinCyrillicAndArabicScriptAndKeepsTextExtractable() throws Exception {
        byte[] pdf = new PdfPrinter(Optional.empty()).print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Deutschkurs", "Курс немецкого", "کلاس زبان آلمانی");
            assertThat(document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2026);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
        }
    }

    private static String printedText(String body) throws Exception {
        return printed(body, false);
    }

    private static String printed(String body, boolean glyphs) throws Exception {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><title>T</title><style>body { font-family: 'Noto Sans', 'Noto Sans Arabic'; }</style></head><body>"
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
        assertThat(PrintedText.normalised(text)).contains("کلاس مکالمه", "رایگان", "دسترسی بدون پله", "چهارشنبه", "ژوئن", "تُفتح صفحة الدورة");
    }

    @Test
    void keepsTheLettersOfLigaturesInTheTextLayer() throws Exception {
        String text = printedText("<p>Die Kursseite öffnet sich in Ihrer Sprache. Auflage, fließend, Schifffahrt</p>");
        assertThat(PrintedText.normalised(text)).contains("öffnet sich", "Auflage", "fließend", "Schifffahrt");
    }

    @Test
    void aCachedSheetIsNotPrintedAgain(@TempDir Path cache) throws Exception {
        PdfPrinter printer = new PdfPrinter(Optional.of(cache));
        byte[] pdf = printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z"));
        try (var files = Files.list(cache)) {
            Path cached = files.findFirst().orElseThrow();
            Files.write(cached, "cached".getBytes());
        }
        assertThat(new String(printer.print(HTML, "Kurs", "de", Instant.parse("2026-11-28T00:00:00Z")))).isEqualTo("cached");
        assertThat(pdf.length).isGreaterThan(1000);
    }
}
