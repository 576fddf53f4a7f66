package dev.mosaik.render;

import dev.mosaik.i18n.Messages;

/**
 * The plain-text alternative of a newsletter e-mail: the same content as the HTML part, readable in any mail
 * client and by screen readers, with links written out.
 */
final class NewsletterText {

    private NewsletterText() {}

    static String of(NewsletterViews.EmailView email, Messages messages) {
        NewsletterViews.IssueView issue = email.issue();
        StringBuilder text = new StringBuilder();
        email.fallback().ifPresent(notice -> text.append(notice.text()).append("\n\n"));
        text.append(email.siteTitle()).append("\n");
        text.append(messages.format("newsletter.number", "number", issue.number()))
                .append(" · ")
                .append(issue.date())
                .append("\n\n");
        text.append(email.title().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
        issue.intro().ifPresent(intro -> text.append(intro).append("\n\n"));
        for (NewsletterViews.SectionView section : issue.sections()) {
            String heading = section.title()
                    .orElseGet(() -> section.page().map(Views.ChildView::title).orElse(""));
            text.append("== ").append(heading).append(" ==\n");
            section.text().ifPresent(t -> text.append(t).append("\n"));
            section.when().ifPresent(w -> text.append(w).append("\n"));
            section.page().ifPresent(p -> {
                if (!p.summary().isEmpty()) {
                    text.append(p.summary()).append("\n");
                }
                text.append(email.origin()).append(p.href()).append("\n");
            });
            text.append("\n");
        }
        text.append(email.viewOnline()).append(": ").append(email.pageUrl()).append("\n");
        issue.subscribe()
                .ifPresent(s -> text.append(messages.format("newsletter.subscribe"))
                        .append(": ")
                        .append(s)
                        .append("\n"));
        email.unsubscribe()
                .ifPresent(u -> text.append(messages.format("newsletter.unsubscribe"))
                        .append(": ")
                        .append(u)
                        .append("\n"));
        text.append("\n").append(email.organisation()).append("\n");
        return text.toString();
    }
}
