package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translated prose of a typed page: what a translation ({@code translation:} in its front matter) says in
 * its own language — a course's target group, the texts of a field's measures, a newsletter's sections — laid
 * over the original's facts. Facts (dates, status, levels, fees, addresses, links) are kept once, in the
 * original, so that a status updated in German is never contradicted by an older copy in eight translations.
 */
public sealed interface ProseOverlay {

    /** The prose keys of each type a translation may write; every other key of the type stays in the original. */
    Map<String, List<String>> KEYS = Map.of(
            ContentTypes.COURSE, List.of("targetGroup"),
            ContentTypes.FIELD_OF_ACTION, List.of("measures"),
            ContentTypes.PROJECT, List.of("period", "partners", "results", "contact", "images"),
            ContentTypes.EVENT, List.of("place", "registration"),
            ContentTypes.ROLE_MODEL, List.of("origin", "quote", "photo"),
            ContentTypes.NEWSLETTER, List.of("intro", "sections"),
            ContentTypes.PLACE, List.of("access"));

    /** The type this prose belongs to; a translation of another type's page is an error. */
    String type();

    /** Where the translation is written, for messages about it. */
    SourcePosition position();

    /**
     * The original's facts with this translation's prose; a list whose length differs from the original's
     * (measures, sections, images) is an error at the list, since entries are matched by their place.
     */
    TypedData over(TypedData original, Problems problems);

    /**
     * Whether this translation writes the names under {@code key} itself (a project's partners, an event's place), so
     * that they are in its language; asked by the A–Z index through the type's keywords.
     */
    default boolean namesIn(String key) {
        return false;
    }

    /** Whether {@code type} has prose a translation may write without repeating the original's facts. */
    static boolean applies(Optional<String> type) {
        return type.filter(KEYS::containsKey).isPresent();
    }

    /** One translated entry of a list: its main text and, where the entry has one, a second text. */
    record Entry(Optional<String> text, Optional<String> second) {}

    /**
     * A translated measure: its text, office and the notes of its history entries, matched by their place like the
     * measures (an entry may repeat the original's {@code date} to help the translator; a note left out stays German).
     */
    record MeasureProse(
            Optional<String> text,
            Optional<String> office,
            Optional<List<Optional<String>>> notes,
            SourcePosition notesPosition) {}

    /** A course's target group in the reader's language. */
    record CourseProse(Optional<String> targetGroup, SourcePosition position) implements ProseOverlay {
        @Override
        public String type() {
            return ContentTypes.COURSE;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            Course c = (Course) original;
            return new Course(
                    c.provider(),
                    c.levels(),
                    c.courseType(),
                    targetGroup.or(c::targetGroup),
                    c.teacherLanguages(),
                    c.venue(),
                    c.period(),
                    c.facts(),
                    c.contact());
        }
    }

    /** The texts (and offices) of a field's measures, in the original's order. */
    record FieldProse(Optional<List<MeasureProse>> measures, SourcePosition listPosition, SourcePosition position)
            implements ProseOverlay {
        @Override
        public String type() {
            return ContentTypes.FIELD_OF_ACTION;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            FieldOfAction f = (FieldOfAction) original;
            Optional<List<MeasureProse>> texts =
                    ProseLists.matching(measures, f.measures().size(), "measures", listPosition, problems);
            if (texts.isEmpty()) {
                return f;
            }
            List<FieldOfAction.Measure> measured = new ArrayList<>();
            for (int i = 0; i < f.measures().size(); i++) {
                FieldOfAction.Measure m = f.measures().get(i);
                MeasureProse entry = texts.get().get(i);
                List<FieldOfAction.StatusChange> history = m.history();
                Optional<List<Optional<String>>> notes = ProseLists.matching(
                        entry.notes(),
                        m.history().size(),
                        "history entries in this measure",
                        entry.notesPosition(),
                        problems);
                if (notes.isPresent()) {
                    history = new ArrayList<>();
                    for (int h = 0; h < m.history().size(); h++) {
                        FieldOfAction.StatusChange change = m.history().get(h);
                        history.add(new FieldOfAction.StatusChange(
                                change.date(),
                                change.status(),
                                notes.get().get(h).or(change::note),
                                change.position()));
                    }
                }
                measured.add(new FieldOfAction.Measure(
                        entry.text().map(String::strip).orElse(m.text()),
                        m.term(),
                        m.status(),
                        m.updated(),
                        entry.office().or(m::office),
                        m.projects(),
                        history,
                        m.position()));
            }
            return new FieldOfAction(f.number(), f.area(), f.kind(), measured);
        }
    }

    /** A project's descriptive texts and its images' alternative texts. */
    record ProjectProse(
            Optional<String> period,
            Optional<List<String>> partners,
            Optional<String> results,
            Optional<String> contact,
            Optional<List<Entry>> images,
            SourcePosition imagesPosition,
            SourcePosition position)
            implements ProseOverlay {
        @Override
        public boolean namesIn(String key) {
            return key.equals("partners") && partners.isPresent();
        }

        @Override
        public String type() {
            return ContentTypes.PROJECT;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            Project p = (Project) original;
            List<Picture> pictures = p.images();
            Optional<List<Entry>> alts =
                    ProseLists.matching(images, p.images().size(), "images", imagesPosition, problems);
            if (alts.isPresent()) {
                pictures = new ArrayList<>();
                for (int i = 0; i < p.images().size(); i++) {
                    Picture picture = p.images().get(i);
                    pictures.add(new Picture(
                            picture.src(), alts.get().get(i).text().orElse(picture.alt()), picture.position()));
                }
            }
            return new Project(
                    p.fields(),
                    p.district(),
                    period.or(p::period),
                    partners.orElse(p.partners()),
                    pictures,
                    results.or(p::results),
                    contact.or(p::contact));
        }
    }

    /** Where an event takes place and how to register, in the reader's language. */
    record EventProse(Optional<String> place, Optional<String> registration, SourcePosition position)
            implements ProseOverlay {
        @Override
        public boolean namesIn(String key) {
            return key.equals("place") && place.isPresent();
        }

        @Override
        public String type() {
            return ContentTypes.EVENT;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            Event e = (Event) original;
            return new Event(
                    e.start(),
                    e.end(),
                    e.allDay(),
                    place.orElse(e.place()),
                    e.address(),
                    e.stepFree(),
                    registration.or(e::registration),
                    e.fields(),
                    e.district(),
                    e.placeRef());
        }
    }

    /** A role model's origin, quote and photo description in the reader's language. */
    record RoleModelProse(
            Optional<String> origin, Optional<String> quote, Optional<String> photoAlt, SourcePosition position)
            implements ProseOverlay {
        @Override
        public String type() {
            return ContentTypes.ROLE_MODEL;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            RoleModel r = (RoleModel) original;
            Optional<Picture> photo = r.photo().map(p -> new Picture(p.src(), photoAlt.orElse(p.alt()), p.position()));
            return new RoleModel(
                    r.name(),
                    r.consent(),
                    photo,
                    r.photoConsent(),
                    origin.or(r::origin),
                    r.languages(),
                    quote.or(r::quote));
        }
    }

    /** A newsletter's introduction and its written sections; sections that present a page keep their link. */
    record NewsletterProse(
            Optional<String> intro,
            Optional<List<Entry>> sections,
            SourcePosition listPosition,
            SourcePosition position)
            implements ProseOverlay {
        @Override
        public String type() {
            return ContentTypes.NEWSLETTER;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            Newsletter n = (Newsletter) original;
            Optional<List<Entry>> texts =
                    ProseLists.matching(sections, n.sections().size(), "sections", listPosition, problems);
            List<Newsletter.Section> written = n.sections();
            if (texts.isPresent()) {
                written = new ArrayList<>();
                for (int i = 0; i < n.sections().size(); i++) {
                    Newsletter.Section s = n.sections().get(i);
                    Entry entry = texts.get().get(i);
                    written.add(new Newsletter.Section(
                            entry.text().or(s::title), entry.second().or(s::text), s.ref(), s.position()));
                }
            }
            return new Newsletter(n.number(), intro.or(n::intro), written);
        }
    }

    /** How to get into a place, in the reader's language; everything else about a place is a fact of the original. */
    record PlaceProse(Optional<String> access, SourcePosition position) implements ProseOverlay {
        @Override
        public String type() {
            return ContentTypes.PLACE;
        }

        @Override
        public TypedData over(TypedData original, Problems problems) {
            Place p = (Place) original;
            return new Place(
                    p.kind(),
                    p.address(),
                    p.hours(),
                    p.stepFree(),
                    access.or(p::access),
                    p.languages(),
                    p.contact(),
                    p.district(),
                    p.coordinates());
        }
    }
}
