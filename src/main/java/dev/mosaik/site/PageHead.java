package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import java.util.Optional;

/**
 * What a link to a page shows — title, summary, address, language — without its text. Menus, footers,
 * breadcrumbs, switchers and listings ask the site for heads, so that an edit of a page's text does not make
 * every page that links to it depend on it ({@link SiteReads}).
 */
public record PageHead(
        TranslationKey key,
        Language language,
        Language contentLanguage,
        String title,
        Optional<String> summary,
        SitePath path,
        PageKind kind,
        boolean sample) {

    public static PageHead of(Page page) {
        return new PageHead(
                page.key(),
                page.language(),
                page.contentLanguage(),
                page.title(),
                page.frontMatter().summary(),
                page.path(),
                page.kind(),
                page.frontMatter().sample());
    }

    /** True when the page is shown in a fallback language because no translation exists. */
    public boolean isFallback() {
        return !language.code().equals(contentLanguage.code());
    }
}
