package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import java.util.List;
import java.util.Optional;

/** View records of newsletter issues and their archive. */
public final class NewsletterViews {

    private NewsletterViews() {}

    /** The e-mail edition of a newsletter issue, next to its page. */
    static final String EMAIL_HTML = "email.html";

    static final String EMAIL_TEXT = "email.txt";

    /**
     * A section of an issue: its own words, or a page it presents with that page's current title and date.
     *
     * @param when the presented page's date in the reader's language (an event's date, a course's period)
     */
    public record SectionView(
            Optional<String> title, Optional<String> text, Optional<ChildView> page, Optional<String> when) {}

    /**
     * An issue.
     *
     * @param email the e-mail edition of this issue in the reader's language
     */
    public record IssueView(
            int number,
            String date,
            String dateIso,
            Optional<String> intro,
            List<SectionView> sections,
            Optional<ChildView> previous,
            Optional<ChildView> next,
            Optional<String> subscribe,
            String email,
            String feed)
            implements TypedView {
        @Override
        public String viewName() {
            return "newsletter";
        }
    }

    /**
     * The e-mail edition of an issue: everything a mail client needs, with absolute links.
     *
     * @param origin      scheme and host of the site, to make the issue's root-relative links absolute
     * @param fallback    the notice of an edition in a language the issue is not translated into (it shows the original)
     * @param unsubscribe where the reader unsubscribes ({@code newsletter.unsubscribe} in site.yaml)
     */
    public record EmailView(
            IssueView issue,
            String title,
            String lang,
            String dir,
            String siteTitle,
            String pageUrl,
            String origin,
            String organisation,
            String viewOnline,
            Optional<FallbackNotice> fallback,
            Optional<String> unsubscribe) {}

    /** "Not translated yet, you are reading the German version", in the reader's language and direction. */
    public record FallbackNotice(String text, String lang, String dir) {}

    /** The issues of one year. */
    public record YearView(int year, String label, String count, List<ChildView> issues) {}

    /** The archive: years, newest first; {@code feed} is the newsletter's Atom feed. */
    public record ArchiveView(
            List<YearView> years, Optional<String> subscribe, String feed, String jsonFeed, HowToView howTo)
            implements TypedView {
        @Override
        public String viewName() {
            return "archive";
        }
    }

    /**
     * How to subscribe and unsubscribe, from {@code params.subscribe} and {@code newsletter.unsubscribe}: each
     * address as a link and as the text readers can copy (an e-mail address without its subject line); empty
     * strings where the site configures none.
     */
    public record HowToView(
            String subscribeHref, String subscribeText, String unsubscribeHref, String unsubscribeText) {

        static HowToView of(Optional<String> subscribe, Optional<String> unsubscribe) {
            return new HowToView(
                    subscribe.orElse(""),
                    subscribe.map(HowToView::readable).orElse(""),
                    unsubscribe.orElse(""),
                    unsubscribe.map(HowToView::readable).orElse(""));
        }

        /** {@code mailto:a@b.example?subject=…} → {@code a@b.example}; an https address stays as it is. */
        static String readable(String address) {
            if (address.startsWith("mailto:")) {
                String mail = address.substring("mailto:".length());
                int query = mail.indexOf('?');
                return java.net.URLDecoder.decode(
                        query < 0 ? mail : mail.substring(0, query), java.nio.charset.StandardCharsets.UTF_8);
            }
            return address;
        }
    }
}
