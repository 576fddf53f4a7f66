package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * A place readers go to ({@code type: ort}): a counselling office, a Kita, a school, the integration office, a
 * course venue. Courses and events name it ({@code place: /orte/integrationsbuero.md}) instead of repeating its
 * address, so the address, the opening hours and the access are written once.
 *
 * @param hours       weekly opening hours, in weekday order
 * @param stepFree    whether the entrance can be reached without steps
 * @param access      how to get in, in words ("Aufzug im Hof"): the one prose key a translation writes
 * @param languages   BCP 47 codes of the languages spoken there besides German
 * @param coordinates where the entrance is, for directions; empty when unknown
 */
public record Place(
        Kind kind,
        PostalAddress address,
        List<Course.Session> hours,
        boolean stepFree,
        Optional<String> access,
        List<String> languages,
        Contact contact,
        String district,
        Optional<Coordinates> coordinates)
        implements TypedData {

    public Place {
        hours = List.copyOf(hours);
        languages = List.copyOf(languages);
    }

    /** What sort of place it is; decides the schema.org type search engines are told. */
    public enum Kind {
        OFFICE,
        COUNSELLING,
        KITA,
        SCHOOL,
        VENUE
    }

    /** A German postal address: street and number, postcode, city. */
    public record PostalAddress(String street, String postcode, String city) {

        /** The address on one line as Germans write it: "Ernst-Leitz-Straße 30, 35578 Wetzlar". */
        public String oneLine() {
            return street + ", " + postcode + " " + city;
        }
    }

    /** How to reach the place's staff; every part may be missing. */
    public record Contact(Optional<String> phone, Optional<String> email, Optional<String> web) {}

    /** A point on the map in WGS 84 degrees, as OpenStreetMap and phones take it. */
    public record Coordinates(double lat, double lon) {

        /** Degrees as written in links: a dot, no exponent, no trailing zeros ("50.5534"). */
        public String latText() {
            return text(lat);
        }

        public String lonText() {
            return text(lon);
        }

        private static String text(double degrees) {
            return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
        }
    }
}
