package dev.mosaik.config;

import java.time.Duration;

/**
 * The limits of {@code mosaik check}, from the {@code check} section of {@code site.yaml}: when a page counts as
 * not updated, which German text counts as hard to read, which image as too large, and the rules of Leichte
 * Sprache. The defaults suit a city site; an office that writes for a different readership sets its own. One limit
 * holds for every build, not only {@code check}: how long one page's Markdown may take to render.
 *
 * @param staleMonths          warn about pages whose last change is older than this
 * @param minFlesch            German reading ease (Flesch, Amstad's formula) below this is hard to read
 * @param maxWiener            Wiener Sachtextformel (school grade) above this is hard to read
 * @param maxImageBytes        images larger than this slow pages down on mobile data
 * @param maxEasySentenceWords a Leichte Sprache sentence should have at most this many words
 * @param maxEasyWordLetters   a Leichte Sprache word longer than this should be split with a hyphen (Medien-Zentrum)
 * @param pageRenderTime       a page whose Markdown takes longer than this to render is reported instead of holding up
 *                             the build or the preview ({@code renderSeconds})
 */
public record CheckLimits(
        int staleMonths,
        int minFlesch,
        int maxWiener,
        long maxImageBytes,
        int maxEasySentenceWords,
        int maxEasyWordLetters,
        Duration pageRenderTime) {

    /** Real pages render in well under a second; ten leave room for a slow machine under load. */
    public static final Duration DEFAULT_PAGE_RENDER_TIME = Duration.ofSeconds(10);

    public static final CheckLimits DEFAULT = new CheckLimits(24, 30, 12, 500 * 1024, 15, 15, DEFAULT_PAGE_RENDER_TIME);

    public CheckLimits withStaleMonths(int months) {
        return new CheckLimits(
                months, minFlesch, maxWiener, maxImageBytes, maxEasySentenceWords, maxEasyWordLetters, pageRenderTime);
    }
}
