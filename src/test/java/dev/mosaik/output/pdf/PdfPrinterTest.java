package dev.mosaik.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

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
