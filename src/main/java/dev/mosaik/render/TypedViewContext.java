package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.time.LocalDate;

/**
 * What a {@link TypedViewSource} may use to make a view: the site, the messages and locale services of the page's
 * language, and the build date.
 *
 * @param today the build date, which splits events and courses into coming and past
 */
public record TypedViewContext(Site site, Messages messages, LocaleServices locale, LocalDate today) {

    public BaseUrl base() {
        return site.config().baseUrl();
    }

    /** The language whose messages this context holds. */
    public Language language() {
        return messages.language();
    }

    /** {@code page} as an entry of a list. */
    public ChildView child(Page page) {
        return ChildViews.of(base(), page);
    }
}
