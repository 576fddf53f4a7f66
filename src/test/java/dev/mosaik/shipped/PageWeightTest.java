package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Light pages: what a first visit of each page type downloads — the HTML, the stylesheet, the scripts and
 * images it names, and the font files whose {@code unicode-range} covers a character of the page, which is
 * what browsers fetch — stays under 100 KB gzip-compressed. A size budget, not a timing; the browser test
 * measures the same in Chromium. Also: no script blocks rendering, and every image has its size.
 */
class PageWeightTest {

    static final long BUDGET = 100 * 1024;
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern FONT_URL = Pattern.compile("url\\(\"?([^\")]+)\"?\\)");
    private static final Pattern RANGE = Pattern.compile("unicode-range:\\s*([^;]+);");

    /** A font file and the characters it is declared for. */
    record FontFace(String url, List<int[]> ranges) {
        boolean covers(String text) {
            return text.codePoints().anyMatch(c -> ranges.stream().anyMatch(r -> c >= r[0] && c <= r[1]));
        }
    }

    @Test
    void aFirstVisitOfEveryPageTypeStaysUnderOneHundredKilobytes() {
        List<String> over = new ArrayList<>();
        for (String address : PageTypes.all()) {
            String path = address.replaceFirst("\\?.*", "");
            long weight = firstVisit(path);
            if (weight > BUDGET) {
                over.add(path + ": " + weight + " bytes");
            }
        }
        assertThat(over).isEmpty();
    }

    @Test
    void aGermanPageLoadsOnlyLatinFontsAndAnArabicPageNoCyrillicOnes() {
        assertThat(fontsOf("/de/kontakt/")).allMatch(url -> url.contains("Latin"));
        assertThat(fontsOf("/ar/kontakt/"))
                .anyMatch(url -> url.contains("Arabic"))
                .noneMatch(url -> url.contains("Cyrillic"));
        assertThat(fontsOf("/ru/kontakt/"))
                .anyMatch(url -> url.contains("Cyrillic"))
                .noneMatch(url -> url.contains("Arabic"));
    }

    @Test
    void noScriptBlocksRendering() {
        List<String> blocking = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            // A data block (schema.org JSON-LD) is not run, so it blocks nothing.
            for (Element script : ShippedSite.page(path).select("script:not([type=application/ld+json])")) {
                boolean deferred =
                        script.hasAttr("defer") || script.hasAttr("async") || "module".equals(script.attr("type"));
                if (!deferred && script.closest("head") != null) {
                    blocking.add(path + ": " + script.outerHtml());
                }
            }
        }
        assertThat(blocking).isEmpty();
    }

    @Test
    void everyImageHasWidthAndHeight() {
        List<String> unsized = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            for (Element image : ShippedSite.page(path).select("img")) {
                // The print sheets' pictograms are sized by the sheet's CSS in millimetres, per layout; openhtmltopdf
                // lets width and height attributes win over it, which doubled a one-page sheet.
                boolean sizedBySheet = path.startsWith("/infoblaetter/")
                        && image.parent() != null
                        && image.parent().hasClass("icon");
                if (!sizedBySheet
                        && (!image.attr("width").matches("\\d+")
                                || !image.attr("height").matches("\\d+"))) {
                    unsized.add(path + ": " + image.outerHtml());
                }
            }
        }
        assertThat(unsized).isEmpty();
    }

    /** The gzip-compressed bytes a first visit of {@code path} downloads. */
    static long firstVisit(String path) {
        Document page = ShippedSite.page(path);
        Set<String> files = new LinkedHashSet<>();
        page.select("link[rel=stylesheet], link[rel=icon]").forEach(link -> files.add(link.attr("href")));
        page.select("script[src]").forEach(script -> files.add(script.attr("src")));
        page.select("img[src]:not([src^=data:])")
                .forEach(image -> files.add(image.absUrl("src").replaceFirst("^https?://[^/]+", "")));
        files.addAll(fontsOf(path));
        long total = gzipSize(read(path.endsWith("/") ? path + "index.html" : path));
        for (String file : files) {
            total += gzipSize(read(file));
        }
        return total;
    }

    /** The font files a browser fetches for {@code path}: those whose range covers a character it shows. */
    static List<String> fontsOf(String path) {
        Document page = ShippedSite.page(path);
        // Browsers fetch a font only for text they lay out: not for the closed language list or hidden forms.
        Document shown = page.clone();
        shown.select("details:not([open]) > :not(summary), [hidden], template, script, style")
                .remove();
        String text = shown.body().text();
        List<String> fonts = new ArrayList<>();
        for (Element link : page.select("link[rel=stylesheet]")) {
            String href = link.attr("href");
            String css = new String(read(href), java.nio.charset.StandardCharsets.UTF_8);
            String folder = href.substring(0, href.lastIndexOf('/') + 1);
            for (FontFace face : faces(css, folder)) {
                if (face.covers(text)) {
                    fonts.add(face.url());
                }
            }
        }
        return fonts;
    }

    static List<FontFace> faces(String css, String folder) {
        List<FontFace> faces = new ArrayList<>();
        Matcher face = FONT_FACE.matcher(css);
        while (face.find()) {
            Matcher url = FONT_URL.matcher(face.group(1));
            Matcher range = RANGE.matcher(face.group(1));
            if (!url.find()) {
                continue;
            }
            List<int[]> ranges = new ArrayList<>();
            if (range.find()) {
                for (String part : range.group(1).split(",")) {
                    String[] bounds = part.strip().substring(2).split("-");
                    int from = Integer.parseInt(bounds[0], 16);
                    ranges.add(new int[] {from, bounds.length > 1 ? Integer.parseInt(bounds[1], 16) : from});
                }
            } else {
                ranges.add(new int[] {0, Character.MAX_CODE_POINT});
            }
            faces.add(new FontFace(folder + url.group(1), ranges));
        }
        return faces;
    }

    private static byte[] read(String sitePath) {
        try {
            return Files.readAllBytes(ShippedSite.output().resolve(sitePath.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
