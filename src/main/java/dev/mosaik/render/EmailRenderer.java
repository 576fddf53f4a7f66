package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The e-mail editions of newsletter issues: HTML for mail clients and a plain-text alternative. */
final class EmailRenderer {

    private final Templates templates;
    private final I18n i18n;
    private final java.time.LocalDate today;

    EmailRenderer(Templates templates, I18n i18n, java.time.LocalDate today) {
        this.templates = templates;
        this.i18n = i18n;
        this.today = today;
    }

    /** The e-mail edition of every newsletter issue in every language (HTML for mail clients and plain text), one job per issue. */
    List<RenderJob> jobs(Site site) {
        List<RenderJob> jobs = new java.util.ArrayList<>();
        for (Page page : site.pages()) {
            // An untranslated issue has an edition in every language too, as the site shows it: the original's text
            // with the notice, in the reader's language, that it is not translated yet.
            if (page.data().orElse(null) instanceof dev.mosaik.content.Newsletter) {
                Language language = page.language();
                dev.mosaik.content.TranslationKey key = page.key();
                jobs.add(new RenderJob("email:" + page.path().outputFile(), page, (s, sink, problems) -> {
                    render(s, s.page(language, key).orElseThrow(), sink, problems);
                    return 0;
                }));
            }
        }
        return jobs;
    }

    /** The edition of one issue: {@code email.html} and {@code email.txt} into its page's folder. */
    void render(Site site, Page page, PageSink sink, Problems problems) {
        BaseUrl base = site.config().baseUrl();
        String origin = base.uri().getScheme() + "://" + base.uri().getRawAuthority();
        Language language = page.language();
        TypedViewContext context = new TypedViewContext(site, i18n.messages(language), i18n.services(language), today);
        NewsletterViews.IssueView issue =
                NewsletterViewSource.issue(page, context).orElseThrow();
        NewsletterViews.FallbackNotice fallback = page.isFallback()
                ? new NewsletterViews.FallbackNotice(
                        i18n.messages(language)
                                .format(
                                        "page.fallback",
                                        "original",
                                        i18n.services(language).languageName(page.contentLanguage())),
                        language.htmlLang(),
                        language.direction().attribute(),
                        textAlign(language))
                : NewsletterViews.FallbackNotice.NONE;
        NewsletterViews.EmailView email = new NewsletterViews.EmailView(
                issue,
                page.title(),
                page.contentLanguage().htmlLang(),
                page.contentLanguage().direction().attribute(),
                textAlign(page.contentLanguage()),
                language.title(),
                origin,
                fallback,
                new NewsletterViews.EmailFooter(
                        i18n.messages(language).format("newsletter.online"),
                        page.path().absoluteUrl(base),
                        site.config().editions().newsletter().unsubscribe().orElse(""),
                        site.config().params().getOrDefault("organisation", language.title())));
        templates
                .render(
                        "email",
                        language.code(),
                        Map.of("email", email),
                        page.source().relative(),
                        problems)
                .ifPresent(html -> sink.write(
                        page.path().value() + NewsletterViews.EMAIL_HTML, html.getBytes(StandardCharsets.UTF_8)));
        sink.write(
                page.path().value() + NewsletterViews.EMAIL_TEXT,
                NewsletterText.of(email, i18n.messages(language)).getBytes(StandardCharsets.UTF_8));
    }

    /** The side text starts at, for the inline styles mail clients need instead of a stylesheet. */
    private static String textAlign(Language language) {
        return language.direction().attribute().equals("rtl") ? "right" : "left";
    }
}
