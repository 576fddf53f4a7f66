package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schemas of the concept's content types. {@code type: handlungsfeld} (and {@code projekt},
 * {@code vorbild}, {@code termin}) in front matter adds the type's keys to the allowed ones and reads them
 * into a {@link TypedData} record; every mistake is reported at its line.
 */
public final class ContentTypes {

    public static final String FIELD_OF_ACTION = "handlungsfeld";
    public static final String PROJECT = "projekt";
    public static final String ROLE_MODEL = "vorbild";
    public static final String EVENT = "termin";
    public static final String TIMELINE = "zeitleiste";
    public static final String COURSE = "kurs";
    public static final String NEWSLETTER = "newsletter";
    public static final String PLACE = "ort";

    private static final Map<String, List<String>> KEYS = Map.of(
            PLACE,
                    List.of(
                            "kind",
                            "address",
                            "hours",
                            "stepFree",
                            "access",
                            "languages",
                            "phone",
                            "email",
                            "web",
                            "district",
                            "lat",
                            "lon"),
            FIELD_OF_ACTION, List.of("number", "area", "kind", "measures"),
            PROJECT, List.of("fields", "district", "period", "partners", "images", "results", "contact"),
            ROLE_MODEL, List.of("name", "consent", "photo", "origin", "languages", "quote"),
            EVENT, List.of("start", "end", "place", "address", "stepFree", "registration", "fields", "district"),
            TIMELINE, List.of("timeline"),
            NEWSLETTER, List.of("number", "intro", "sections"),
            COURSE,
                    List.of(
                            "provider",
                            "levels",
                            "courseType",
                            "district",
                            "address",
                            "schedule",
                            "start",
                            "end",
                            "fee",
                            "childcare",
                            "teacherLanguages",
                            "targetGroup",
                            "phone",
                            "email",
                            "stepFree",
                            "place"));
    private static final List<String> SESSION_KEYS = List.of("day", "from", "to");
    private static final List<String> DAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final List<String> TIMELINE_KEYS = List.of("when", "date", "title", "text");

    private static final List<String> MEASURE_KEYS =
            List.of("text", "term", "status", "updated", "office", "projects", "history");
    private static final List<String> HISTORY_KEYS = List.of("date", "status", "note");
    private static final List<String> PICTURE_KEYS = List.of("src", "alt");
    private static final List<String> PHOTO_KEYS = List.of("src", "alt", "consent");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    private ContentTypes() {}

    /** The names of all types with a schema. */
    public static List<String> names() {
        return KEYS.keySet().stream().sorted().toList();
    }

    /** The type name a page writes for {@code data}. */
    public static String nameOf(TypedData data) {
        // Java 17 has no pattern switch over the sealed types; the order follows TypedData's permits clause.
        if (data instanceof FieldOfAction) {
            return FIELD_OF_ACTION;
        } else if (data instanceof Project) {
            return PROJECT;
        } else if (data instanceof RoleModel) {
            return ROLE_MODEL;
        } else if (data instanceof Event) {
            return EVENT;
        } else if (data instanceof Timeline) {
            return TIMELINE;
        } else if (data instanceof Course) {
            return COURSE;
        } else if (data instanceof Place) {
            return PLACE;
        }
        return NEWSLETTER;
    }

    /** The keys a page of {@code type} may have beyond the common ones; none for types without a schema. */
    public static List<String> keysOf(Optional<String> type) {
        return type.map(t -> KEYS.getOrDefault(t, List.of())).orElse(List.of());
    }

    /** Reads the typed part of a front matter; empty for types without a schema or when it has errors. */
    static Optional<TypedData> read(Optional<String> type, YamlMapping map, Problems problems) {
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case FIELD_OF_ACTION -> fieldOfAction(map, problems);
            case PROJECT -> Optional.of(project(map, problems));
            case ROLE_MODEL -> roleModel(map, problems);
            case EVENT -> event(map, problems);
            case TIMELINE -> Optional.of(timeline(map));
            case COURSE -> course(map, problems);
            case NEWSLETTER -> newsletter(map, problems);
            case PLACE -> PlaceReader.read(map, problems);
            default -> Optional.empty();
        };
    }

    private static Optional<TypedData> fieldOfAction(YamlMapping map, Problems problems) {
        Optional<String> number = map.requiredString("number");
        number.filter(n -> !NUMBER.matcher(n).matches())
                .ifPresent(n -> problems.error(
                        map.positionOf("number"), "'number' must be a number like 8.2.3, not '" + n + "'"));
        Optional<FieldOfAction.Area> area = map.requiredOneOf("area", names(FieldOfAction.Area.values()))
                .map(v -> FieldOfAction.Area.valueOf(v.toUpperCase(Locale.ROOT)));
        Optional<FieldOfAction.Kind> kind = map.requiredOneOf("kind", names(FieldOfAction.Kind.values()))
                .map(v -> FieldOfAction.Kind.valueOf(v.toUpperCase(Locale.ROOT)));
        List<FieldOfAction.Measure> measures = new ArrayList<>();
        for (YamlMapping entry : map.mappings("measures")) {
            measure(entry, problems).ifPresent(measures::add);
        }
        if (number.isEmpty() || area.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldOfAction(number.get(), area.get(), kind.get(), measures));
    }

    private static Optional<FieldOfAction.Measure> measure(YamlMapping entry, Problems problems) {
        entry.allowOnly(MEASURE_KEYS, GermanKeys.SYNONYMS);
        Optional<String> text = entry.requiredString("text");
        Optional<FieldOfAction.Term> term = entry.requiredOneOf("term", names(FieldOfAction.Term.values()))
                .map(v -> FieldOfAction.Term.valueOf(v.toUpperCase(Locale.ROOT)));
        Optional<List<FieldOfAction.StatusChange>> history =
                entry.has("history") ? history(entry, problems) : Optional.of(List.of());
        boolean hasHistory = entry.has("history");
        // With a history the current status is its latest entry's; a separate 'status' may repeat it, not contradict
        // it.
        Optional<FieldOfAction.Status> stated = (hasHistory
                        ? entry.oneOf("status", STATUS_NAMES)
                        : entry.requiredOneOf("status", STATUS_NAMES))
                .map(v -> FieldOfAction.Status.valueOf(v.toUpperCase(Locale.ROOT)));
        Optional<LocalDate> stamped = entry.date("updated");
        if (text.isEmpty() || term.isEmpty() || history.isEmpty()) {
            return Optional.empty();
        }
        Optional<FieldOfAction.Status> status = stated;
        Optional<LocalDate> updated = stamped;
        if (!history.get().isEmpty()) {
            FieldOfAction.StatusChange latest = history.get().get(history.get().size() - 1);
            if (stated.isPresent() && stated.get() != latest.status()) {
                problems.error(
                        entry.positionOf("status"),
                        "'status: " + code(stated.get()) + "' contradicts the latest history entry (" + latest.date()
                                + ": " + code(latest.status()) + ")",
                        Optional.of("delete 'status': with a history, the current status is the latest entry's"));
                return Optional.empty();
            }
            if (stamped.isPresent() && !stamped.get().equals(latest.date())) {
                problems.error(
                        entry.positionOf("updated"),
                        "'updated: " + stamped.get() + "' contradicts the latest history entry of " + latest.date(),
                        Optional.of("delete 'updated': with a history, the status dates from its latest entry"));
                return Optional.empty();
            }
            status = Optional.of(latest.status());
            updated = Optional.of(latest.date());
        }
        if (status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldOfAction.Measure(
                text.get().strip(),
                term.get(),
                status.get(),
                updated,
                entry.string("office"),
                links(entry, "projects"),
                history.get(),
                entry.position()));
    }

    private static final List<String> STATUS_NAMES = names(FieldOfAction.Status.values());

    /**
     * A measure's {@code history:}, oldest first; every mistake is reported at its entry, and a history with one
     * is read as none (empty), so that a wrong status is never shown as current.
     */
    private static Optional<List<FieldOfAction.StatusChange>> history(YamlMapping measure, Problems problems) {
        List<YamlMapping> entries = measure.mappings("history");
        if (entries.isEmpty()) {
            problems.error(
                    measure.positionOf("history"),
                    "'history' is empty",
                    Optional.of(
                            "add entries like '- {date: 2026-04-01, status: begonnen}', or delete 'history' and write 'status'"));
            return Optional.empty();
        }
        List<FieldOfAction.StatusChange> changes = new ArrayList<>();
        boolean valid = true;
        for (YamlMapping entry : entries) {
            entry.allowOnly(HISTORY_KEYS, GermanKeys.SYNONYMS);
            Optional<LocalDate> date = requiredDate(entry, "date", problems);
            Optional<FieldOfAction.Status> status = entry.requiredOneOf("status", STATUS_NAMES)
                    .map(v -> FieldOfAction.Status.valueOf(v.toUpperCase(Locale.ROOT)));
            if (date.isEmpty() || status.isEmpty()) {
                valid = false;
                continue;
            }
            if (!changes.isEmpty()
                    && !date.get().isAfter(changes.get(changes.size() - 1).date())) {
                LocalDate previous = changes.get(changes.size() - 1).date();
                problems.error(
                        entry.positionOf("date"),
                        date.get().equals(previous)
                                ? "two history entries on " + previous + ": a day has one status"
                                : "history entry of " + date.get() + " comes after the one of " + previous
                                        + ": entries go oldest first",
                        Optional.of("order the entries by date, oldest first, one per date"));
                valid = false;
                continue;
            }
            changes.add(new FieldOfAction.StatusChange(
                    date.get(), status.get(), entry.string("note").map(String::strip), entry.position()));
        }
        return valid ? Optional.of(changes) : Optional.empty();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Project project(YamlMapping map, Problems problems) {
        List<Picture> images = new ArrayList<>();
        for (YamlMapping entry : map.mappings("images")) {
            picture(entry, PICTURE_KEYS, problems).ifPresent(images::add);
        }
        return new Project(
                links(map, "fields"),
                map.string("district"),
                map.string("period"),
                map.strings("partners"),
                images,
                map.string("results"),
                map.string("contact"));
    }

    private static Optional<Picture> picture(YamlMapping entry, List<String> keys, Problems problems) {
        entry.allowOnly(keys, GermanKeys.SYNONYMS);
        Optional<String> src = entry.requiredString("src");
        Optional<String> alt = entry.string("alt").filter(a -> !a.isBlank());
        if (src.isPresent() && alt.isEmpty()) {
            problems.error(
                    entry.position(),
                    "image '" + src.get() + "' has no alt text",
                    Optional.of("add 'alt: what the image shows'"));
        }
        if (src.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Picture(src.get(), alt.get(), entry.position()));
    }

    private static Optional<TypedData> roleModel(YamlMapping map, Problems problems) {
        Optional<String> name = map.requiredString("name");
        Optional<Picture> photo = Optional.empty();
        Optional<LocalDate> consent = Optional.empty();
        Optional<YamlMapping> photoEntry = map.mapping("photo");
        if (photoEntry.isPresent()) {
            photo = picture(photoEntry.get(), PHOTO_KEYS, problems);
            consent = photoEntry.get().date("consent");
            if (!photoEntry.get().has("consent")) {
                problems.error(
                        photoEntry.get().position(),
                        "the photo of a role model needs 'consent: DATE', the day the person agreed to its publication",
                        Optional.of(
                                "without documented consent the photo must not be published; remove 'photo' until you have it"));
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoleModel(
                name.get(),
                map.date("consent"),
                photo,
                consent,
                map.string("origin"),
                map.strings("languages"),
                map.string("quote")));
    }

    private static Optional<TypedData> event(YamlMapping map, Problems problems) {
        Optional<Moment> start = moment(map, "start", true, problems);
        Optional<Moment> end = moment(map, "end", false, problems);
        Optional<String> place = map.requiredString("place");
        if (!map.has("stepFree")) {
            problems.error(
                    map.positionOf("stepFree"), UiText.of("yaml.missingKey", "stepFree"), UiText.of("hint.stepFree"));
        }
        Optional<Boolean> stepFree = map.bool("stepFree");
        if (start.isEmpty() || place.isEmpty() || stepFree.isEmpty()) {
            return Optional.empty();
        }
        Moment from = start.get();
        Moment to = end.orElse(from.allDay ? from : new Moment(from.time.plusHours(2), false));
        if (to.time.isBefore(from.time)) {
            problems.error(
                    map.positionOf("end"), "the event ends (" + to.time + ") before it starts (" + from.time + ")");
            return Optional.empty();
        }
        Optional<PlaceRef> placeRef = PlaceReader.eventPlace(place.get(), map, problems);
        return Optional.of(new Event(
                from.time,
                to.time,
                from.allDay,
                place.get(),
                map.string("address"),
                stepFree.get(),
                map.string("registration"),
                links(map, "fields"),
                map.string("district"),
                placeRef));
    }

    private static Optional<TypedData> newsletter(YamlMapping map, Problems problems) {
        Optional<Integer> number = map.integer("number");
        if (!map.has("number")) {
            problems.error(map.positionOf("number"), "missing required key 'number' (the issue's number, e.g. 4)");
        }
        if (!map.has("date")) {
            problems.error(map.positionOf("date"), "missing required key 'date' (the issue's date, e.g. 2026-11-01)");
        }
        List<Newsletter.Section> sections = new ArrayList<>();
        for (YamlMapping entry : map.mappings("sections")) {
            entry.allowOnly(List.of("title", "text", "ref"), GermanKeys.SYNONYMS);
            Optional<String> ref = entry.string("ref");
            Optional<String> title = entry.string("title");
            Optional<String> text = entry.string("text");
            if (ref.isEmpty() && title.isEmpty() && text.isEmpty()) {
                problems.error(entry.position(), "a section needs 'title' and 'text', or 'ref' naming a page");
                continue;
            }
            sections.add(new Newsletter.Section(title, text, ref, entry.positionOf("ref")));
        }
        return number.map(n -> new Newsletter(n, map.string("intro"), sections));
    }

    private static Optional<TypedData> course(YamlMapping map, Problems problems) {
        Optional<String> provider = map.requiredString("provider");
        List<String> levels = new ArrayList<>();
        for (String level : map.strings("levels")) {
            Optional<String> known = Course.LEVELS.stream()
                    .filter(l -> l.equalsIgnoreCase(level.strip()))
                    .findFirst();
            if (known.isPresent()) {
                levels.add(known.get());
            } else {
                problems.error(
                        map.positionOf("levels"),
                        "level '" + level + "' is not one of " + String.join(", ", Course.LEVELS),
                        DidYouMean.hint(level, Course.LEVELS));
            }
        }
        if (!map.has("levels")) {
            problems.error(
                    map.positionOf("levels"),
                    UiText.of("yaml.missingList", "levels", String.join(", ", Course.LEVELS)));
        } else if (map.strings("levels").isEmpty()) {
            problems.error(map.positionOf("levels"), UiText.of("yaml.empty", "levels"));
        }
        Optional<Course.CourseType> courseType = map.requiredOneOf("courseType", names(Course.CourseType.values()))
                .map(v -> Course.CourseType.valueOf(v.toUpperCase(Locale.ROOT)));
        Optional<String> district = map.requiredString("district");
        List<Course.Session> schedule = new ArrayList<>();
        for (YamlMapping entry : map.mappings("schedule")) {
            entry.allowOnly(SESSION_KEYS, GermanKeys.SYNONYMS);
            Optional<java.time.DayOfWeek> day =
                    entry.requiredOneOf("day", DAYS).map(d -> java.time.DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
            Optional<LocalTime> from = time(entry, "from", problems);
            Optional<LocalTime> to = time(entry, "to", problems);
            if (day.isPresent() && from.isPresent() && to.isPresent()) {
                if (!to.get().isAfter(from.get())) {
                    problems.error(
                            entry.positionOf("to"),
                            "the session ends (" + to.get() + ") before it starts (" + from.get() + ")");
                } else {
                    schedule.add(new Course.Session(day.get(), from.get(), to.get()));
                }
            }
        }
        Optional<LocalDate> start = requiredDate(map, "start", problems);
        Optional<LocalDate> end = requiredDate(map, "end", problems);
        boolean endsBeforeStart =
                start.isPresent() && end.isPresent() && end.get().isBefore(start.get());
        if (endsBeforeStart) {
            problems.error(
                    map.positionOf("end"),
                    "the course ends (" + end.get() + ") before it starts (" + start.get() + ")");
        }
        Optional<java.math.BigDecimal> fee = map.decimal("fee");
        if (!map.has("fee")) {
            problems.error(map.positionOf("fee"), UiText.of("yaml.missingKey", "fee"), UiText.of("hint.fee"));
        }
        // Each at its own line (an empty 'stepFree:' of a new file is named where it stands).
        for (String fact : List.of("childcare", "stepFree")) {
            if (!map.has(fact)) {
                problems.error(
                        map.positionOf(fact), UiText.of("course.missingFact", fact), UiText.of("hint.courseFacts"));
            }
        }
        Optional<Boolean> childcare = map.bool("childcare");
        Optional<Boolean> stepFree = map.bool("stepFree");
        Optional<String> phone = map.string("phone");
        Optional<String> email = map.string("email");
        if (phone.isEmpty() && email.isEmpty()) {
            problems.error(
                    map.positionOf(map.keys().contains("email") && !map.keys().contains("phone") ? "email" : "phone"),
                    UiText.of("course.noContact"));
        }
        if (provider.isEmpty()
                || levels.isEmpty()
                || courseType.isEmpty()
                || district.isEmpty()
                || start.isEmpty()
                || end.isEmpty()
                || fee.isEmpty()
                || childcare.isEmpty()
                || stepFree.isEmpty()
                || endsBeforeStart) {
            return Optional.empty();
        }
        return Optional.of(new Course(
                provider.get(),
                levels,
                courseType.get(),
                district.get(),
                map.string("address"),
                schedule,
                start.get(),
                end.get(),
                fee.get(),
                childcare.get(),
                map.strings("teacherLanguages"),
                map.string("targetGroup"),
                phone,
                email,
                stepFree.get(),
                PlaceReader.coursePlace(map, problems)));
    }

    private static Optional<LocalDate> requiredDate(YamlMapping map, String key, Problems problems) {
        if (!map.has(key)) {
            problems.error(map.positionOf(key), UiText.of("yaml.missingDate", key));
            return Optional.empty();
        }
        return map.date(key);
    }

    private static Optional<LocalTime> time(YamlMapping map, String key, Problems problems) {
        return map.requiredString(key).flatMap(t -> {
            try {
                return Optional.of(LocalTime.parse(t.strip().length() == 4 ? "0" + t.strip() : t.strip()));
            } catch (DateTimeParseException e) {
                problems.error(map.positionOf(key), "'" + key + "' must be a time like 09:00, not '" + t + "'");
                return Optional.empty();
            }
        });
    }

    private static Timeline timeline(YamlMapping map) {
        List<Timeline.Entry> entries = new ArrayList<>();
        for (YamlMapping entry : map.mappings("timeline")) {
            entry.allowOnly(TIMELINE_KEYS, GermanKeys.SYNONYMS);
            Optional<String> when = entry.requiredString("when");
            Optional<String> title = entry.requiredString("title");
            Optional<LocalDate> date = entry.date("date");
            if (when.isPresent() && title.isPresent()) {
                entries.add(new Timeline.Entry(when.get(), date, title.get(), entry.string("text")));
            }
        }
        return new Timeline(entries);
    }

    private record Moment(LocalDateTime time, boolean allDay) {}

    /** {@code 2026-05-09T14:00} or, for all-day events, {@code 2026-05-09}. */
    private static Optional<Moment> moment(YamlMapping map, String key, boolean required, Problems problems) {
        Optional<String> text = required ? map.requiredString(key) : map.string(key);
        return text.flatMap(t -> {
            String value = t.strip().replace(' ', 'T');
            try {
                return Optional.of(new Moment(LocalDateTime.parse(value), false));
            } catch (DateTimeParseException notDateTime) {
                try {
                    return Optional.of(new Moment(LocalDate.parse(value).atTime(LocalTime.MIDNIGHT), true));
                } catch (DateTimeParseException notDate) {
                    problems.error(
                            map.positionOf(key),
                            "'" + key
                                    + "' must be a date and time like 2026-05-09T14:00 (or a date for all-day events), not '"
                                    + t + "'");
                    return Optional.empty();
                }
            }
        });
    }

    private static Links links(YamlMapping map, String key) {
        return new Links(map.strings(key), map.positionOf(key));
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** A hint for a misspelt type name. */
    public static Optional<String> hint(String type) {
        return DidYouMean.hint(type, names());
    }
}
