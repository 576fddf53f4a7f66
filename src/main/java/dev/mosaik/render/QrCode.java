package dev.mosaik.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes for printed sheets, as inline SVG-free PNG data URIs (the PDF renderer draws PNG without a plugin).
 * The same text always gives the same bytes.
 */
final class QrCode {

    private QrCode() {}

    /** A PNG data URI of the QR code for {@code text}, {@code modulePixels} per module, with a quiet zone. */
    static String dataUri(String text, int modulePixels) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            int size = matrix.getWidth() * modulePixels;
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, matrix.get(x / modulePixels, y / modulePixels) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return Pictograms.png(image);
        } catch (WriterException e) {
            throw new IllegalStateException("a course address is always short enough for a QR code", e);
        }
    }
}
