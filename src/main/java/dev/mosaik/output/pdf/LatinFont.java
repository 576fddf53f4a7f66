package dev.mosaik.output.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A TrueType font file whose glyph substitution table is hidden from PDFBox. PDFBox 3 applies a Latin font's
 * {@code liga} feature when it writes text, replacing "ff" by one ligature glyph that has no Unicode mapping in the
 * PDF's ToUnicode table: the text layer then read "ö net sich" for "öffnet sich", wrong for screen readers, search
 * and copy-paste. Renaming the table's tag in the font's table directory keeps every glyph and metric; the
 * subset PDFBox embeds never contains the table anyway. Arabic is shaped before layout (see
 * {@link ArabicPresentationForms}), so no shaping is lost.
 */
final class LatinFont {

    private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
    /** A tag no font reader knows, so the table is skipped as unknown. */
    private static final byte[] HIDDEN = "xSUB".getBytes(StandardCharsets.US_ASCII);

    private LatinFont() {}

    /** The font read from {@code resource} (a class-path path), without its substitution table. */
    static byte[] withoutLigatures(String resource) {
        try (InputStream in = LatinFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sfnt table directory: 12-byte header with the table count at offset 4, then 16-byte records led by the tag. */
    static byte[] withoutLigatures(byte[] font) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int t = 0; t < tables; t++) {
            int record = 12 + 16 * t;
            if (java.util.Arrays.equals(copy, record, record + 4, GSUB, 0, 4)) {
                System.arraycopy(HIDDEN, 0, copy, record, 4);
            }
        }
        return copy;
    }
}
