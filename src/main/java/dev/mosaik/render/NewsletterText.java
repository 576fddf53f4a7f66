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
        if (!email.fallback().text().isEmpty()) {
            text.append(email.fallback().text()).append("\n\n");
        }
        text.append(email.siteTitle()).append("\n");
        text.append(messages.format("newsletter.number", "number", issue.number()))
                .append(" · ")
                .append(issue.date())
                .append("\n\n");
        text.append(email.title().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
        line(text, issue.intro(), "\n\n");
        for (NewsletterViews.SectionView section : issue.sections()) {
            String heading = section.title().isEmpty() ? section.page().title() : section.title();
            text.append("== ").append(heading).append(" ==\n");
            line(text, section.text(), "\n");
            line(text, section.when(), "\n");
            if (section.presents()) {
                line(text, section.page().summary(), "\n");
                text.append(email.origin()).append(section.page().href()).append("\n");
            }
            text.append("\n");
        }
        NewsletterViews.EmailFooter footer = email.footer();
        text.append(footer.viewOnline()).append(": ").append(footer.pageUrl()).append("\n");
        if (!issue.subscribe().isEmpty()) {
            line(text, messages.format("newsletter.subscribe") + ": " + issue.subscribe(), "\n");
        }
        if (!footer.unsubscribe().isEmpty()) {
            line(text, messages.format("newsletter.unsubscribe") + ": " + footer.unsubscribe(), "\n");
        }
        text.append("\n").append(footer.organisation()).append("\n");
        return text.toString();
    }

    /** Appends {@code value} and {@code end}, or nothing for an empty value (a part the issue does not have). */
    private static void line(StringBuilder text, String value, String end) {
        if (!value.isEmpty()) {
            text.append(value).append(end);
        }
    }
}
