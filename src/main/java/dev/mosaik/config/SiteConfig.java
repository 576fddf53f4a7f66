package dev.mosaik.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated content of {@code site.yaml}.
 *
 * @param languages   in the order the site presents them; the default language is among them
 * @param params      free-form theme parameters (organisation name, contact address, …), read-only
 * @param timeZone    the zone the site's dates and times are local to ({@code timeZone}, default Europe/Berlin):
 *                    events' times, calendars, feed and mail dates
 * @param publish     what the build lets through that it holds back by default (future pages, raw HTML, …)
 * @param editions    the course sheets', newsletter's and offline copy's settings
 * @param pagination  how many entries a page of a listing shows
 */
public record SiteConfig(
        BaseUrl baseUrl,
        Language defaultLanguage,
        List<Language> languages,
        Map<String, String> params,
        ZoneId timeZone,
        Publishing publish,
        Editions editions,
        CheckLimits checks,
        Pagination pagination,
        TranslationSettings translation) {

    /** The time zone of a site that does not name one: mosaik's first site is Wetzlar's. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Berlin");

    public SiteConfig {
        languages = List.copyOf(languages);
        params = Map.copyOf(params);
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
                timeZone,
                publish,
                editions,
                checks,
                pagination,
                translation);
    }
}
