package dev.mosaik.config;

import java.util.List;

/**
 * The site's editions besides its web pages: the printable course sheets, the e-mail newsletter and the offline copy
 * a reader's browser keeps.
 *
 * @param sheetLanguages the languages course sheets pair with the default language ({@code courses.sheetLanguages});
 *                       empty means all others
 * @param newsletter     the e-mail edition's settings (where readers unsubscribe)
 * @param offlineBudget  how many bytes one language's offline copy may hold before the build warns
 *                       ({@code publish.offlineBudgetKB})
 */
public record Editions(List<String> sheetLanguages, NewsletterSettings newsletter, long offlineBudget) {

    /**
     * How many bytes one language's offline copy (the service worker's precache, {@code publish.offlineBudgetKB})
     * may hold before the build warns: 5 MB, a phone's data for a few days at the lowest tariffs.
     */
    public static final long DEFAULT_OFFLINE_BUDGET = 5_000_000L;

    public Editions {
        sheetLanguages = List.copyOf(sheetLanguages);
    }
}
