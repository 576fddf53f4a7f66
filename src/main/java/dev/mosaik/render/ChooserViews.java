package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.i18n.I18n;
import dev.mosaik.render.Views.AlternateView;
import dev.mosaik.render.Views.ChoiceView;
import dev.mosaik.render.Views.ChooserView;
import dev.mosaik.site.Site;
import java.util.ArrayList;
import java.util.List;

/** The root page that lets readers choose their language, which the site-wide 404 page shows too. */
final class ChooserViews {

    static final String CHOOSER_SCRIPT = "mosaik/chooser.js";

    private ChooserViews() {}

    static ChooserView of(Site site, I18n i18n) {
        BaseUrl base = site.config().baseUrl();
        List<ChoiceView> choices = new ArrayList<>();
        List<AlternateView> alternates = new ArrayList<>();
        for (Language language : site.languages()) {
            String href = site.head(language, TranslationKey.HOME)
                    .map(p -> p.path().href(base))
                    .orElse(base.path());
            choices.add(new ChoiceView(
                    language.code(),
                    language.name(),
                    language.htmlLang(),
                    language.direction().attribute(),
                    href,
                    language.title(),
                    i18n.messages(language).format("chooser.prompt"),
                    i18n.messages(language).format("notFound.title")));
            site.head(language, TranslationKey.HOME)
                    .filter(p -> !p.isFallback() && site.carriesHreflang(language))
                    .ifPresent(p -> alternates.add(
                            new AlternateView(language.htmlLang(), p.path().absoluteUrl(base))));
        }
        alternates.add(new AlternateView("x-default", base.absolute(base.path())));
        Language defaultLanguage = site.config().defaultLanguage();
        return new ChooserView(
                defaultLanguage.title(),
                defaultLanguage.htmlLang(),
                defaultLanguage.direction().attribute(),
                base.path() + ChromeViews.STYLESHEET,
                base.path() + "mosaik/icon.svg",
                base.path() + CHOOSER_SCRIPT,
                base.absolute(base.path()),
                choices,
                alternates);
    }
}
