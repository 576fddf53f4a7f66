package dev.mosaik.pipeline;

import dev.mosaik.config.Language;
import dev.mosaik.content.Newsletter;
import dev.mosaik.diag.Problems;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mail edition of one newsletter issue, rendered from the site model — read, assembled, the one issue
 * rendered as the build renders it — rather than by building the whole site and searching its HTML.
 *
 * @param subject the issue's title in the language
 * @param date    the issue's date (its page's {@code date}, else the build date)
 * @param html    the HTML part, as the build writes {@code email.html}
 * @param text    the plain-text part, as the build writes {@code email.txt}
 */
public record NewsletterEdition(String subject, LocalDate date, String html, String text) {

    /**
     * The edition of issue {@code number} in {@code language} (an untranslated issue has one too, as the site shows
     * it). Empty when the site has errors (then in {@code problems}) or no such issue.
     */
    public static Optional<NewsletterEdition> of(
            BuildOptions options, int number, Language language, Problems problems) {
        Optional<SiteBuilder.Model> model = new SiteBuilder().model(options, problems);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Optional<Page> issue = model.get().site().pagesIn(language).stream()
                .filter(p -> Site.dataOf(p, Newsletter.class)
                        .filter(n -> n.number() == number)
                        .isPresent())
                .findFirst();
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        Page page = issue.get();
        java.time.LocalDate today =
                options.day().today(model.get().site().config().timeZone());
        Map<String, byte[]> files = new HashMap<>();
        new SiteRenderer(model.get().templates(), model.get().i18n(), today)
                .email(model.get().site(), page, files::put, problems);
        byte[] html = files.get(page.path().value() + SiteRenderer.EMAIL_HTML);
        byte[] text = files.get(page.path().value() + SiteRenderer.EMAIL_TEXT);
        if (html == null || text == null || problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewsletterEdition(
                page.title(),
                page.frontMatter().publishing().date().orElse(today),
                new String(html, StandardCharsets.UTF_8),
                new String(text, StandardCharsets.UTF_8)));
    }
}
