package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code type: zeitleiste}: a timeline kept as data. It has no template of its own: the page or section template
 * shows it below the text.
 */
final class TimelineType implements ContentType {

    private static final List<String> ENTRY_KEYS = List.of("when", "date", "title", "text");

    @Override
    public String name() {
        return "zeitleiste";
    }

    @Override
    public Class<Timeline> dataType() {
        return Timeline.class;
    }

    /** A timeline is text through and through: a translation shows its own or none, never the original's. */
    @Override
    public boolean translationsShowTheOriginalsFacts() {
        return false;
    }

    @Override
    public List<String> keys() {
        return List.of("timeline");
    }

    @Override
    public Optional<String> template() {
        return Optional.empty();
    }

    @Override
    public Optional<TypedData> read(YamlMapping map, Problems problems) {
        List<Timeline.Entry> entries = new ArrayList<>();
        for (YamlMapping entry : map.mappings("timeline")) {
            entry.allowOnly(ENTRY_KEYS, GermanKeys.SYNONYMS);
            Optional<String> when = entry.requiredString("when");
            Optional<String> title = entry.requiredString("title");
            Optional<LocalDate> date = entry.date("date");
            if (when.isPresent() && title.isPresent()) {
                entries.add(new Timeline.Entry(when.get(), date, title.get(), entry.string("text")));
            }
        }
        return Optional.of(new Timeline(entries));
    }

    @Override
    public void searchFacts(TypedData data, Function<String, String> labels, SearchFacts into) {
        Timeline timeline = (Timeline) data;
        timeline.entries().forEach(e -> {
            into.headings().add(e.title());
            into.text().add(e.when());
            e.text().ifPresent(into.text()::add);
        });
    }
}
