package dev.mosaik.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The size of an image in CSS pixels, written into {@code <img width height>} so that the browser reserves
 * its space before the file arrives and the text does not jump. Read from the file's header (PNG, JPEG, GIF,
 * BMP through ImageIO; SVG from its {@code width}/{@code height} or {@code viewBox}), never the whole image.
 */
public record ImageSize(int width, int height) {

    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH =
            Pattern.compile("\\b(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\bviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    /** The size of {@code file}, or empty when it is no image this can measure. */
    public static Optional<ImageSize> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".svg") ? svg(Files.readString(file, StandardCharsets.UTF_8)) : raster(file);
        } catch (IOException | RuntimeException e) {
            // An unreadable or odd image keeps its place unreserved; the image check reports missing files.
            return Optional.empty();
        }
    }

    static Optional<ImageSize> svg(String text) {
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) {
            return Optional.empty();
        }
        String tag = root.group();
        Double width = null;
        Double height = null;
        Matcher length = LENGTH.matcher(tag);
        while (length.find()) {
            if (length.group(1).equals("width")) {
                width = Double.valueOf(length.group(2));
            } else {
                height = Double.valueOf(length.group(2));
            }
        }
        if (width == null || height == null) {
            Matcher box = VIEW_BOX.matcher(tag);
            if (!box.find()) {
                return Optional.empty();
            }
            width = Double.valueOf(box.group(1));
            height = Double.valueOf(box.group(2));
        }
        return width > 0 && height > 0
                ? Optional.of(new ImageSize((int) Math.round(width), (int) Math.round(height)))
                : Optional.empty();
    }

    private static Optional<ImageSize> raster(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers =
                    stream == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }
}
