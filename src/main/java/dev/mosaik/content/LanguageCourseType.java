package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import dev.mosaik.yaml.YamlMapping;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code type: kurs}: a language course. The facts parents ask first (level, dates, fee, childcare, access, whom to
 * call) are required, each reported at its own line when missing.
 */
final class LanguageCourseType implements ContentType {

    private static final List<String> SESSION_KEYS = List.of("day", "from", "to");
    private static final List<String> DAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    @Override
    public String name() {
        return "kurs";
    }

    @Override
    public Class<Course> dataType() {
        return Course.class;
    }

    @Override
    public List<String> keys() {
        return List.of(
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
                "place");
    }

    @Override
    public boolean listsItsOwnPages() {
        return true;
    }

    @Override
    public List<TypedLink> links(TypedData data) {
        return ((Course) data).place().map(PlaceType::link).stream().toList();
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        Optional<String> provider = map.requiredString("provider");
        List<String> levels = levels(map, problems);
        Optional<Course.CourseType> courseType = TypedValues.oneOf(map, "courseType", Course.CourseType.class, true);
        Optional<String> district = map.requiredString("district");
        List<Course.Session> schedule = schedule(map, problems);
        Optional<LocalDate> start = TypedValues.requiredDate(map, "start", problems);
        Optional<LocalDate> end = TypedValues.requiredDate(map, "end", problems);
        boolean endsBeforeStart =
                start.isPresent() && end.isPresent() && end.get().isBefore(start.get());
        if (endsBeforeStart) {
            problems.error(
                    map.positionOf("end"),
                    "the course ends (" + end.get() + ") before it starts (" + start.get() + ")");
        }
        Optional<BigDecimal> fee = map.decimal("fee");
        checkFacts(map, problems);
        Optional<Boolean> childcare = map.bool("childcare");
        Optional<Boolean> stepFree = map.bool("stepFree");
        checkContact(map, problems);
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
                map.string("targetGroup"),
                map.strings("teacherLanguages"),
                new Course.Venue(district.get(), map.string("address"), PlaceReader.coursePlace(map, problems)),
                new Course.Period(start.get(), end.get(), schedule),
                new Course.Facts(fee.get(), childcare.get(), stepFree.get()),
                new Course.Contact(map.string("phone"), map.string("email"))));
    }

    /** The known levels, written as {@link Course#LEVELS} spells them; each unknown one is reported. */
    private static List<String> levels(YamlMapping map, Problems problems) {
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
        return levels;
    }

    private static List<Course.Session> schedule(YamlMapping map, Problems problems) {
        List<Course.Session> schedule = new ArrayList<>();
        for (YamlMapping entry : map.mappings("schedule")) {
            entry.allowOnly(SESSION_KEYS, GermanKeys.SYNONYMS);
            Optional<DayOfWeek> day =
                    entry.requiredOneOf("day", DAYS).map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
            Optional<LocalTime> from = TypedValues.time(entry, "from", problems);
            Optional<LocalTime> to = TypedValues.time(entry, "to", problems);
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
        return schedule;
    }

    /** The fee, childcare and access are what parents ask first: each missing one at its own line. */
    private static void checkFacts(YamlMapping map, Problems problems) {
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
    }

    /** A course without a phone number or an e-mail address leaves readers nobody to ask. */
    private static void checkContact(YamlMapping map, Problems problems) {
        if (map.string("phone").isEmpty() && map.string("email").isEmpty()) {
            problems.error(
                    map.positionOf(map.keys().contains("email") && !map.keys().contains("phone") ? "email" : "phone"),
                    UiText.of("course.noContact"));
        }
    }

    /** Its district and provider, and its course type named in the reader's language, as on the course page. */
    @Override
    public List<TypedKeyword> keywords(
            TypedData data, java.util.function.Predicate<String> translated, Function<String, String> labels) {
        Course course = (Course) data;
        return List.of(
                new TypedKeyword(course.district(), TypedKeyword.Written.FACTS),
                new TypedKeyword(course.provider(), TypedKeyword.Written.FACTS),
                new TypedKeyword(
                        labels.apply("courseType." + course.courseType().name().toLowerCase(Locale.ROOT)),
                        TypedKeyword.Written.READER));
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        Course course = (Course) data;
        into.facts().add(course.provider());
        into.facts().add(course.district());
        course.address().ifPresent(into.facts()::add);
        into.facts().add(String.join(" ", course.levels()));
        into.facts().add(labels.apply("courseType." + course.courseType().name().toLowerCase(Locale.ROOT)));
        course.targetGroup().ifPresent(into.facts()::add);
    }
}
