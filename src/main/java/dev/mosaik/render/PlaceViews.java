package dev.mosaik.render;

import dev.mosaik.render.Views.ChildView;
import dev.mosaik.render.Views.LinkView;
import java.util.List;
import java.util.Optional;

/** View records of places ({@code type: ort}) and of the places courses and events name. */
public final class PlaceViews {

    private PlaceViews() {}

    /**
     * A postal address as written in Germany, with the {@code lang} it is written in, so a screen reader on an Arabic
     * page reads the German street name with a German voice and a right-to-left page keeps it left to right.
     */
    public record AddressView(String street, String postcodeCity, String lang, String dir) {}

    /**
     * Links that bring the reader there, without a map on the page: a route on openstreetmap.org to the
     * coordinates ({@code route} "" without them, then {@code search} looks the address up) and a {@code geo:} URI
     * phones open in their map app ("" without coordinates).
     */
    public record DirectionsView(String route, String geo, String search) {}

    /**
     * A place on its own page.
     *
     * @param hours     one line per group of days with the same hours, in the reader's language
     * @param access    what the place says about getting in (a lift in the yard), "" when it says nothing
     * @param languages the languages spoken there, named and listed in the reader's language; "" when none
     */
    public record PlaceView(
            AddressView address,
            String district,
            List<String> hours,
            boolean stepFree,
            String access,
            String languages,
            ContactView contact,
            DirectionsView directions) {}

    /**
     * How to reach someone: each way a link whose {@code title} is what readers see and {@code href} is what the
     * link opens ({@code tel:} with the digits only, {@code mailto:}, the web address). A way not given has an
     * empty title and href.
     */
    public record ContactView(LinkView phone, LinkView email, LinkView web) {

        private static final LinkView NO_LINK = new LinkView("", "");

        static ContactView of(Optional<String> phone, Optional<String> email, Optional<String> web) {
            return new ContactView(
                    phone.map(p -> new LinkView(p, "tel:" + p.replaceAll("[^+0-9]", "")))
                            .orElse(NO_LINK),
                    email.map(e -> new LinkView(e, "mailto:" + e)).orElse(NO_LINK),
                    web.map(w -> new LinkView(w, w)).orElse(NO_LINK));
        }
    }

    /**
     * The place a course or event names: its page, address, access ("" when the place says nothing) and the way
     * there.
     */
    public record VenueView(
            ChildView page, AddressView address, boolean stepFree, String access, DirectionsView directions) {

        /** No venue: a course or event that names no place by its page. */
        public static final VenueView NONE = new VenueView(
                new ChildView("", "", "", "", "", false, false, false),
                new AddressView("", "", "", ""),
                false,
                "",
                new DirectionsView("", "", ""));
    }

    /** One entry of the list of places. */
    public record PlaceItem(ChildView page, AddressView address, boolean stepFree) {}

    /** The places of one district. */
    public record DistrictGroup(String district, String id, List<PlaceItem> places) {}

    /** The places of a section grouped by district, districts in the reader's alphabetical order. */
    public record PlaceListView(List<DistrictGroup> districts) implements TypedView {
        @Override
        public String viewName() {
            return "places";
        }
    }

    /** A place's page: its facts and its schema.org data. */
    public record PlacePage(PlaceView place, String jsonLd) implements TypedView {
        @Override
        public String viewName() {
            return "ort";
        }
    }
}
