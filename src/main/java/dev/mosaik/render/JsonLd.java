package dev.mosaik.render;

import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.Place;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;

/**
 * schema.org descriptions of places, events and courses as JSON-LD, for {@code <script type="application/ld+json">}:
 * search engines show opening hours, dates and addresses from them. Written through Jackson's generator with
 * {@code <}, {@code >} and {@code &} escaped as {@code \u003c} …, so no text an editor writes ({@code </script>})
 * can end the script element; keys in a fixed order, so the same page gives the same bytes.
 */
final class JsonLd {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build();

    private JsonLd() {}

    /** A place and what it is, in the words of schema.org. */
    static String place(Place place, String name, String url) {
        return write(json -> {
            json.writeStringProperty("@type", typeOf(place.kind()));
            json.writeStringProperty("name", name);
            json.writeStringProperty("url", url);
            placeFacts(json, place, true);
        });
    }

    /** schema.org's type for a kind of place; {@code Place} where schema.org has nothing closer. */
    static String typeOf(Place.Kind kind) {
        return switch (kind) {
            case OFFICE -> "GovernmentOffice";
            case KITA -> "ChildCare";
            case SCHOOL -> "School";
            case COUNSELLING, VENUE -> "Place";
        };
    }

    /** An event, at its place or at the venue it names in words. */
    static String event(
            Event event, String name, String url, Optional<String> description, Optional<Located> place, ZoneId zone) {
        return write(json -> {
            json.writeStringProperty("@type", "Event");
            json.writeStringProperty("name", name);
            json.writeStringProperty("url", url);
            description.ifPresent(d -> json.writeStringProperty("description", d));
            json.writeStringProperty("startDate", iso(event.start(), event.allDay(), zone));
            json.writeStringProperty("endDate", iso(event.end(), event.allDay(), zone));
            json.writeStringProperty("eventStatus", "https://schema.org/EventScheduled");
            json.writeStringProperty("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            json.writeName("location");
            location(json, place.orElse(new Located(event.place(), Optional.empty())), event.address());
        });
    }

    /** A course with its one run: schedule, period, place, fee. */
    static String course(
            Course course,
            String name,
            String url,
            Optional<String> description,
            Optional<Located> place,
            ZoneId zone) {
        return write(json -> {
            json.writeStringProperty("@type", "Course");
            json.writeStringProperty("name", name);
            json.writeStringProperty("url", url);
            // Google requires a description; the level and kind say what the course is where the page has no summary.
            json.writeStringProperty("description", description.orElse(name));
            json.writeStringProperty("inLanguage", "de");
            json.writeName("provider");
            json.writeStartObject();
            json.writeStringProperty("@type", "Organization");
            json.writeStringProperty("name", course.provider());
            json.writeEndObject();
            json.writeName("offers");
            json.writeStartObject();
            json.writeStringProperty("@type", "Offer");
            json.writeStringProperty("category", course.isFree() ? "Free" : "Paid");
            json.writeStringProperty("price", course.fee().toPlainString());
            json.writeStringProperty("priceCurrency", "EUR");
            json.writeEndObject();
            json.writeName("hasCourseInstance");
            courseInstance(json, course, place, zone);
        });
    }

    /** The course's one run: when it meets each week, from when to when, where. */
    private static void courseInstance(JsonGenerator json, Course course, Optional<Located> place, ZoneId zone) {
        json.writeStartObject();
        json.writeStringProperty("@type", "CourseInstance");
        json.writeStringProperty("courseMode", "Onsite");
        json.writeStringProperty("startDate", course.start().toString());
        json.writeStringProperty("endDate", course.end().toString());
        json.writeName("courseSchedule");
        json.writeStartArray();
        for (Course.Session session : course.schedule()) {
            json.writeStartObject();
            json.writeStringProperty("@type", "Schedule");
            json.writeStringProperty("repeatFrequency", "P1W");
            json.writeStringProperty("byDay", dayOf(session.day()));
            json.writeStringProperty("startTime", session.from().toString());
            json.writeStringProperty("endTime", session.to().toString());
            json.writeStringProperty("startDate", course.start().toString());
            json.writeStringProperty("endDate", course.end().toString());
            json.writeStringProperty("scheduleTimezone", zone.getId());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("location");
        location(json, place.orElse(new Located(course.district(), Optional.empty())), course.address());
        json.writeEndObject();
    }

    /** A place's name and, where the page names a place of its own, that place. */
    record Located(String name, Optional<Place> place) {}

    private static void location(JsonGenerator json, Located located, Optional<String> address) {
        json.writeStartObject();
        json.writeStringProperty(
                "@type", located.place().map(p -> typeOf(p.kind())).orElse("Place"));
        json.writeStringProperty("name", located.name());
        if (located.place().isPresent()) {
            placeFacts(json, located.place().get(), false);
        } else {
            address.ifPresent(a -> json.writeStringProperty("address", a));
        }
        json.writeEndObject();
    }

    private static void placeFacts(JsonGenerator json, Place place, boolean full) {
        json.writeName("address");
        json.writeStartObject();
        json.writeStringProperty("@type", "PostalAddress");
        json.writeStringProperty("streetAddress", place.address().street());
        json.writeStringProperty("postalCode", place.address().postcode());
        json.writeStringProperty("addressLocality", place.address().city());
        json.writeStringProperty("addressCountry", "DE");
        json.writeEndObject();
        place.coordinates().ifPresent(c -> {
            json.writeName("geo");
            json.writeStartObject();
            json.writeStringProperty("@type", "GeoCoordinates");
            json.writeNumberProperty(
                    "latitude", java.math.BigDecimal.valueOf(c.lat()).stripTrailingZeros());
            json.writeNumberProperty(
                    "longitude", java.math.BigDecimal.valueOf(c.lon()).stripTrailingZeros());
            json.writeEndObject();
        });
        json.writeName("amenityFeature");
        json.writeStartObject();
        json.writeStringProperty("@type", "LocationFeatureSpecification");
        json.writeStringProperty("name", "step-free access");
        json.writeBooleanProperty("value", place.stepFree());
        json.writeEndObject();
        if (full) {
            contactFacts(json, place);
        }
    }

    /** What a page of its own tells of a place: how to reach it, which languages are spoken, when it is open. */
    private static void contactFacts(JsonGenerator json, Place place) {
        place.contact().phone().ifPresent(p -> json.writeStringProperty("telephone", p));
        boolean organization = place.kind() == Place.Kind.OFFICE
                || place.kind() == Place.Kind.KITA
                || place.kind() == Place.Kind.SCHOOL;
        // e-mail and languages belong to organisations in schema.org; a plain Place has neither.
        if (organization) {
            place.contact().email().ifPresent(e -> json.writeStringProperty("email", e));
            if (!place.languages().isEmpty()) {
                json.writeName("knowsLanguage");
                json.writeStartArray();
                json.writeString("de");
                place.languages().forEach(json::writeString);
                json.writeEndArray();
            }
        }
        openingHours(json, place);
    }

    private static void openingHours(JsonGenerator json, Place place) {
        if (!place.hours().isEmpty()) {
            json.writeName("openingHoursSpecification");
            json.writeStartArray();
            for (Course.Session session : place.hours()) {
                json.writeStartObject();
                json.writeStringProperty("@type", "OpeningHoursSpecification");
                json.writeStringProperty("dayOfWeek", dayOf(session.day()));
                json.writeStringProperty("opens", session.from().toString());
                json.writeStringProperty("closes", session.to().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static String dayOf(java.time.DayOfWeek day) {
        String name = day.name();
        return "https://schema.org/" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String iso(LocalDateTime time, boolean allDay, ZoneId zone) {
        return allDay
                ? time.toLocalDate().toString()
                : time.atZone(zone).toOffsetDateTime().toString();
    }

    static String write(java.util.function.Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("@context", "https://schema.org");
            body.accept(json);
            json.writeEndObject();
        }
        return out.toString();
    }

    /** JSON's own escapes, plus the three characters HTML gives a meaning inside a script element. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] codes;

        HtmlSafeEscapes() {
            codes = CharacterEscapes.standardAsciiEscapesForJSON();
            codes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
