package dev.mosaik.output.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.mosaik.output.cache.CacheFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints an HTML sheet to PDF: Noto fonts shipped in the jar (Latin, Cyrillic, Arabic script) are embedded,
 * Arabic and Persian are shaped and laid out right to left by ICU, the document is tagged (PDF/UA where the
 * library allows), and language and title are set. The bytes depend only on the HTML and the build's stamp:
 * no wall-clock time stamps, a document id derived from the content. Results are cached by content hash,
 * so an unchanged sheet is not printed again. What a document may load is limited by {@link LocalResources}: no
 * network, no file outside the site's output.
 */
public final class PdfPrinter {

    /** Bump when the printing itself changes, so cached PDFs of older versions are not reused. */
    // 2: documents load only local files (LocalResources); 3: Arabic-script shaping by joining type, Latin ligatures
    // off.
    private static final String VERSION = "mosaik-pdf-3";

    private static final String FONTS = "/pdf/fonts/";
    /** Immutable once built: the table of presentation forms. */
    private static final ArabicPresentationForms ARABIC = new ArabicPresentationForms();

    private static final String CACHE_KIND = "pdf";

    private final Optional<CacheFolder> cache;

    /** @param cache the build cache, where printed PDFs are kept by content hash; empty to always print */
    public PdfPrinter(Optional<CacheFolder> cache) {
        this.cache = cache;
    }

    /**
     * @param language BCP 47 language of the document (its first language)
     * @param stamp    the build's moment ({@code SOURCE_DATE_EPOCH}, or the build date at midnight UTC), written as
     *                 creation and modification date
     */
    public byte[] print(String html, String title, String language, Instant stamp) {
        return print(html, LocalResources.none(), "about:blank", title, language, stamp);
    }

    /**
     * Prints the HTML file {@code document}, which may load files (images, style sheets) from inside {@code folder}
     * and nothing else: the preview prints what an editor put into the site.
     *
     * @param folder the site's output folder; {@code document} lies inside it
     */
    public byte[] printFile(Path document, Path folder, String title, String language, Instant stamp)
            throws IOException {
        LocalResources resources = LocalResources.inside(folder);
        Path real = document.toRealPath();
        if (!real.startsWith(folder.toRealPath())) {
            throw new IOException(document + " is not inside " + folder);
        }
        return print(Files.readString(real), resources, real.toUri().toString(), title, language, stamp);
    }

    private byte[] print(
            String html, LocalResources resources, String baseUri, String title, String language, Instant stamp) {
        // The base is part of the key: the same HTML elsewhere may load other files.
        String key = hash(VERSION + "\n" + title + "\n" + language + "\n" + stamp + "\n" + baseUri + "\n" + html);
        // The build cache's key adds mosaik's code, theme and configuration to the content's hash.
        Optional<String> address =
                cache.map(folder -> folder.key(CACHE_KIND).add(key).hex());
        Optional<byte[]> cached = address.flatMap(a -> cache.get().read(CACHE_KIND, a));
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] pdf = render(html, resources, baseUri, title, language, stamp, key);
        address.ifPresent(a -> cache.get().write(CACHE_KIND, a, pdf));
        return pdf;
    }

    static {
        // openhtmltopdf logs through java.util.logging, e.g. that decorative pictograms have empty alt text
        // (which is right for them); problems that matter reach the build as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private static byte[] render(
            String html,
            LocalResources resources,
            String baseUri,
            String title,
            String language,
            Instant stamp,
            String key) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // PDFBox derives the trailer /ID from this number; without it the id would come from the clock.
            document.setDocumentId(Long.parseUnsignedLong(key.substring(0, 15), 16));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), baseUri);
            builder.useUriResolver(resources);
            builder.useExternalResourceAccessControl(
                    resources, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useHttpStreamImplementation(resources);
            builder.useProtocolsStreamImplementation(resources, LocalResources.PROTOCOLS);
            latinFont(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
            latinFont(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
            font(builder, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
            font(builder, "NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ArabicReorderer(ARABIC));
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.usePdfUaAccessibility(true);
            builder.withProducer("mosaik");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            when.clear();
            when.setTimeInMillis(stamp.getEpochSecond() * 1000);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("mosaik");
            info.setCreator("mosaik");
            info.setCreationDate(when);
            info.setModificationDate(when);
            document.getDocumentCatalog().setLanguage(language);
            fixMetadataDates(document, stamp);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print a sheet to PDF", e);
        }
    }

    /** The XMP packet written for PDF/UA carries the clock's time; replace it with the build's. */
    private static void fixMetadataDates(PDDocument document, Instant stamp) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String when = java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String fixed = xmp.replaceAll("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + when + "$2")
                .replaceAll("(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")", "$1" + when + "$2");
        if (!fixed.equals(xmp)) {
            PDMetadata replacement = new PDMetadata(document);
            replacement.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().getCOSObject().setItem(COSName.METADATA, replacement);
        }
    }

    private static void latinFont(PdfRendererBuilder builder, String file, String family, int weight) {
        byte[] bytes = LatinFont.withoutLigatures(FONTS + file);
        builder.useFont(
                () -> new java.io.ByteArrayInputStream(bytes),
                family,
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(
                () -> PdfPrinter.class.getResourceAsStream(FONTS + file),
                family,
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
