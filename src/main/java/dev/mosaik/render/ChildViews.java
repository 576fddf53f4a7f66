package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.Page;
import dev.mosaik.site.PageHead;
import dev.mosaik.site.PageKind;

/** A page as an entry of a list: a section's pages, the footer's, a field's projects. */
final class ChildViews {

    private ChildViews() {}

    static ChildView of(BaseUrl base, Page child) {
        return of(base, PageHead.of(child));
    }

    static ChildView of(BaseUrl base, PageHead child) {
        return new ChildView(
                child.title(),
                child.path().href(base),
                child.summary().orElse(""),
                child.contentLanguage().htmlLang(),
                child.contentLanguage().direction().attribute(),
                child.isFallback(),
                child.sample(),
                child.kind() != PageKind.PAGE);
    }
}
