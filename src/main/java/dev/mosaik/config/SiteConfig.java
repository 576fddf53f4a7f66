package dev.mosaik.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated content of {@code site.yaml}.
 *
 * @param languages in the order the site presents them; the default language is among them
 * @param params    free-form theme parameters (organisation name, contact address, …), read-only
 * @param rawHtml   let raw HTML in Markdown through unfiltered; off by default, so content cannot run script
 * @param sheetLanguages the languages course sheets pair with the default language; empty means all others
 * @param publishFuture  publish pages whose {@code date} lies after the build date (default: no)
 * @param publishExpired publish pages whose {@code expires} date has passed (default: no)
 * @param pagination     how many entries a page of a listing shows
 * @param rawFiles       file types published from content/ and assets/ although they can run scripts (default: none)
 * @param newsletter     the e-mail edition's settings (where readers unsubscribe)
 * @param timeZone       the zone the site's dates and times are local to ({@code timeZone}, default Europe/Berlin):
 *                       events' times, calendars, feed and mail dates
 */
public record SiteConfig(
        BaseUrl baseUrl,
        Language defaultLanguage,
        List<Language> languages,
        Map<String, String> params,
        boolean rawHtml,
        List<String> sheetLanguages,
        boolean publishFuture,
        boolean publishExpired,
        CheckLimits checks,
        Pagination pagination,
        TranslationSettings translation,
        java.util.Set<RawFileType> rawFiles,
        NewsletterSettings newsletter,
        long offlineBudget,
        java.time.ZoneId timeZone) {

    /**
     * How many bytes one language's offline copy (the service worker's precache, {@code publish.offlineBudgetKB})
     * may hold before the build warns: 5 MB, a phone's data for a few days at the lowest tariffs.
     */
    public static final long DEFAULT_OFFLINE_BUDGET = 5_000_000L;

    /** The time zone of a site that does not name one: mosaik's first site is Wetzlar's. */
    public static final java.time.ZoneId DEFAULT_TIME_ZONE = java.time.ZoneId.of("Europe/Berlin");

    public SiteConfig {
        rawFiles = java.util.Set.copyOf(rawFiles);
        languages = List.copyOf(languages);
        params = Map.copyOf(params);
        sheetLanguages = List.copyOf(sheetLanguages);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteConfig withBaseUrl(BaseUrl newBaseUrl) {
        return new SiteConfig(
                newBaseUrl,
                defaultLanguage,
                languages,
                params,
                rawHtml,
                sheetLanguages,
                publishFuture,
                publishExpired,
                checks,
                pagination,
                translation,
                rawFiles,
                newsletter,
                offlineBudget,
                timeZone);
    }
}
