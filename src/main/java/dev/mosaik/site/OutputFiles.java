package dev.mosaik.site;

/**
 * The names of the files the outputs write beside a page (feeds, calendars, exports, the search index). The pages
 * link to them (render) and the outputs write them (output): named here, in the model both stages read, so that
 * neither has to ask the other — {@code output} no longer imports {@code render} for a file name, and {@code render}
 * cannot import {@code output}, a later stage.
 */
public final class OutputFiles {

    /** A language's search index, in the folder of its search page. */
    public static final String SEARCH_INDEX = "search.json";
    /** Feeds of a newsletter section (and of a language's news, in its home folder). */
    public static final String ATOM_FEED = "atom.xml";

    public static final String JSON_FEED = "feed.json";
    /** An event's calendar entry, next to its page. */
    public static final String EVENT_CALENDAR = "termin.ics";
    /** A language's calendar of all events, in its home folder. */
    public static final String LANGUAGE_CALENDAR = "termine.ics";
    /** Exports of the implementation status, next to the dashboard page. */
    public static final String STATUS_CSV = "umsetzungsstand.csv";

    public static final String STATUS_JSON = "umsetzungsstand.json";

    private OutputFiles() {}
}
