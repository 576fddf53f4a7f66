package dev.mosaik.output.offline;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.render.SiteRenderer;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/** How a page offers its language's pack: the size in the language's words, where the page has the marker. */
final class PackSizeText {

    /** What stands in a page where its pack's size belongs, until the pack is made. */
    static final byte[] MARKER = SiteRenderer.OFFLINE_SIZE_MARKER.getBytes(StandardCharsets.UTF_8);

    private PackSizeText() {}

    /**
     * The text that replaces the marker. Isolated, so that a size with Latin letters ("624 kB") keeps its place in a
     * right-to-left sentence.
     */
    static byte[] of(long exact, Language language) {
        return ("<bdi>" + Entities.escape(size(exact, language)) + "</bdi>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * "1,5 MB", "١٫٥ م.ب", "900 kB": in the language's digits and words, rounded up to the next 100 kB (the next
     * 0.5 MB from 1 MB on). Every page of a language shows it, so an exact figure would change every page at each
     * edit, and a deployment (rsync, a CDN) would send the whole language again for one changed paragraph.
     */
    static String size(long exact, Language language) {
        ULocale locale = ULocale.forLanguageTag(language.locale());
        long step = exact >= 1_000_000 ? 500_000 : 100_000;
        long bytes = Math.max(step, (exact + step - 1) / step * step);
        boolean mega = bytes >= 1_000_000;
        return NumberFormatter.withLocale(locale)
                .unit(mega ? MeasureUnit.MEGABYTE : MeasureUnit.KILOBYTE)
                .precision(mega ? Precision.maxFraction(1) : Precision.integer())
                .format(mega ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3)))
                .toString();
    }

    /** The language whose pack a page offers: that of the tree it lies in, else the default language. */
    static Language languageOf(SiteConfig config, String file) {
        int slash = file.indexOf('/');
        String first = slash < 0 ? "" : file.substring(0, slash);
        return config.languages().stream()
                .filter(l -> l.urlPrefix().equals(first))
                .findFirst()
                .orElse(config.defaultLanguage());
    }
}
