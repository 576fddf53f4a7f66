package dev.mosaik.render;

import dev.mosaik.content.Place;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Directions to a place as links only: nothing is fetched from another host until the reader follows one. */
final class Directions {

    private static final String OSM = "https://www.openstreetmap.org/";

    private Directions() {}

    /**
     * The route link leaves the start empty ({@code route=;lat,lon}, the {@code ;} and {@code ,} escaped): OpenStreetMap
     * asks the reader where they start, or uses the phone's position.
     */
    static PlaceViews.DirectionsView of(Place place) {
        String route = place.coordinates()
                .map(c -> OSM + "directions?route=%3B" + c.latText() + "%2C" + c.lonText())
                .orElse("");
        String geo = place.coordinates()
                .map(c -> "geo:" + c.latText() + "," + c.lonText())
                .orElse("");
        String search = OSM + "search?query="
                + URLEncoder.encode(place.address().oneLine(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
        return new PlaceViews.DirectionsView(route, geo, search);
    }
}
