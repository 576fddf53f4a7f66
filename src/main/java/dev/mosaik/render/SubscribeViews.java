package dev.mosaik.render;

import dev.mosaik.render.Views.LinkView;
import java.util.List;

/** What a page offers to subscribe to, ready for the templates. */
public final class SubscribeViews {

    private SubscribeViews() {}

    /**
     * A calendar to subscribe to.
     *
     * @param label  what it holds, in the reader's language ("A1-Kurse mit Kinderbetreuung in Dalheim")
     * @param webcal its {@code webcal:} address, which calendar apps subscribe to when it is opened
     * @param https  its plain address, to paste into a calendar that asks for one
     */
    public record CalendarLink(String label, String webcal, String https) {}

    /** A calendar the course finder's script switches to when its filters show exactly what it holds. */
    public record FinderFeed(String key, String label, String href) {}

    /**
     * @param calendars the calendars of what the page shows (none, or one)
     * @param atom      the Atom feeds of what the page lists, for the head and a visible link
     * @param finderKey the finder selection the page shows itself ({@code a1|||}), which its script's choices narrow
     * @param finder    the calendars of the selections the finder's script can show on this page
     */
    public record SubscribeView(
            List<CalendarLink> calendars, List<LinkView> atom, String finderKey, List<FinderFeed> finder) {

        public static final SubscribeView NONE = new SubscribeView(List.of(), List.of(), "", List.of());

        public SubscribeView {
            calendars = List.copyOf(calendars);
            atom = List.copyOf(atom);
            finder = List.copyOf(finder);
        }

        public boolean any() {
            return !calendars.isEmpty() || !atom.isEmpty();
        }
    }
}
