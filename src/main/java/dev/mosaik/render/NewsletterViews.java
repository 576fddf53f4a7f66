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
     * @param title    the section's own heading, "" when it takes the presented page's title
     * @param text     the section's own words, "" when it has none
     * @param presents whether the section presents a page; without one, {@code page} is {@link #NO_PAGE}
     * @param when     the presented page's date in the reader's language (an event's date, a course's period), ""
     *                 when it has none
     */
    public record SectionView(String title, String text, boolean presents, ChildView page, String when) {}

    /** Where a link to another page has none to point to: every text empty. */
    static final ChildView NO_PAGE = new ChildView("", "", "", "", "", false, false, false);

    /**
     * An issue.
     *
     * @param intro     its introduction, "" when it has none
     * @param previous  the issue before it; {@link #NO_PAGE} (its {@code href} empty) for the first
     * @param next      the issue after it; {@link #NO_PAGE} for the latest
     * @param subscribe where readers subscribe ({@code params.subscribe}), "" when the site names no address
     * @param email     the e-mail edition of this issue in the reader's language
     */
    public record IssueView(
            int number,
            String date,
            String dateIso,
            String intro,
            List<SectionView> sections,
            ChildView previous,
            ChildView next,
            String subscribe,
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
     * @param textAlign {@code left} or {@code right}: mail clients need the side text starts at in inline styles
     * @param origin    scheme and host of the site, to make the issue's root-relative links absolute
     * @param fallback  the notice of an edition in a language the issue is not translated into (it shows the
     *                  original); its {@code text} is "" for an edition in the issue's own language
     */
    public record EmailView(
            IssueView issue,
            String title,
            String lang,
            String dir,
            String textAlign,
            String siteTitle,
            String origin,
            FallbackNotice fallback,
            EmailFooter footer) {}

    /**
     * The foot of an e-mail edition.
     *
     * @param viewOnline  the words of the link to the issue's page
     * @param pageUrl     the issue's page
     * @param unsubscribe where the reader unsubscribes ({@code newsletter.unsubscribe} in site.yaml), "" when the site
     *                    names no address
     */
    public record EmailFooter(String viewOnline, String pageUrl, String unsubscribe, String organisation) {}

    /**
     * "Not translated yet, you are reading the German version", in the reader's language and direction;
     * {@code textAlign} is {@code left} or {@code right} for the inline style. {@link #NONE} has an empty text.
     */
    public record FallbackNotice(String text, String lang, String dir, String textAlign) {

        static final FallbackNotice NONE = new FallbackNotice("", "", "", "");
    }

    /** The issues of one year. */
    public record YearView(int year, String label, String count, List<ChildView> issues) {}

    /**
     * The archive: years, newest first; {@code subscribe} is "" when the site names no address; {@code feed} is the
     * newsletter's Atom feed.
     */
    public record ArchiveView(List<YearView> years, String subscribe, String feed, String jsonFeed, HowToView howTo)
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
