package dev.mosaik.site;

/**
 * The names of the subscription files that listings get, and which listings get one. They live here, below both
 * the renderer (which links them) and the writers in {@code output} (which produce them), so the two cannot drift
 * apart: a link to a file nobody writes is the mistake this class prevents.
 */
public final class FeedFiles {

    /** The Atom feed of a section, a tag or a district, in its folder (the same name as the home page's news). */
    public static final String ATOM = "atom.xml";
    /** The calendar of a course-finder page or a combination of its filters, in its folder. */
    public static final String COURSE_CALENDAR = "kurse.ics";
    /**
     * The calendar of a section's events, in its folder. Not {@code termine.ics}: the home folder holds the
     * language's calendar of all events under that name, and home may list events itself.
     */
    public static final String EVENT_CALENDAR = "kalender.ics";

    private FeedFiles() {}

    /**
     * Every section has an Atom feed (the home page's is the language's news). Asked of the page alone: a section's
     * page must not depend on all its pages for the link (its listing reads only its own share of them).
     */
    public static boolean hasAtom(Page page) {
        return page.kind() == PageKind.SECTION;
    }

    /** A section or home page whose pages include events has a calendar of them. */
    public static boolean hasEventCalendar(Site site, Page page) {
        return page.kind() != PageKind.PAGE
                && site.children(page).stream()
                        .anyMatch(p -> p.data().orElse(null) instanceof dev.mosaik.content.Event);
    }
}
