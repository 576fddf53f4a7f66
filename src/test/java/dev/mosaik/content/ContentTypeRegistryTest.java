package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problems;
import dev.mosaik.pipeline.TypeModules;
import dev.mosaik.yaml.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The registry of content types: each shipped type once, with its keys, its record and its template. */
class ContentTypeRegistryTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/theme/templates");

    /** The types whose template file is missing from the default theme. */
    private static List<String> withoutTemplate(List<ContentType> types) {
        return types.stream()
                .filter(t -> t.template()
                        .filter(name -> !Files.isRegularFile(TEMPLATES.resolve(name + ".html")))
                        .isPresent())
                .map(ContentType::name)
                .toList();
    }

    @Test
    void registryListsEachShippedTypeOnceWithItsKeys() {
        Map<String, List<String>> keys = new TreeMap<>();
        ContentTypes.shipped()
                .all()
                .forEach(t -> assertThat(keys.put(t.name(), t.keys()))
                        .as("registered twice: " + t.name())
                        .isNull());

        assertThat(keys)
                .containsOnlyKeys(
                        "handlungsfeld", "projekt", "vorbild", "termin", "zeitleiste", "kurs", "newsletter", "ort");
        assertThat(keys.values()).allSatisfy(k -> assertThat(k).isNotEmpty().doesNotHaveDuplicates());
        assertThat(keys.get("ort")).contains("address", "hours", "stepFree", "lat", "lon");
        assertThat(keys.get("kurs")).contains("levels", "fee", "childcare", "place");
        assertThat(keys.get("termin")).contains("start", "place", "fields");
        assertThat(ContentTypes.shipped().names()).containsExactlyElementsOf(keys.keySet());
        assertThat(ContentTypes.shipped().keysOf(Optional.of("ort"))).isEqualTo(keys.get("ort"));
    }

    @Test
    void eachRecordBelongsToOneTypeAndNamesIt() {
        assertThat(ContentTypes.shipped().all().stream().map(ContentType::dataType))
                .doesNotHaveDuplicates();
        assertThat(ContentTypes.shipped().nameOf(new Timeline(List.of()))).isEqualTo("zeitleiste");
        assertThat(ContentTypes.shipped().named("kurs").map(ContentType::dataType))
                .contains(Course.class);
        assertThat(ContentTypes.shipped().named("beratung")).isEmpty();
    }

    @Test
    void everyRegisteredTypeHasItsTemplate() {
        assertThat(withoutTemplate(ContentTypes.shipped().all())).isEmpty();
        assertThat(ContentTypes.shipped().named("ort").flatMap(ContentType::template))
                .contains("ort");
        // A timeline is shown by the page and section templates; it names none of its own.
        assertThat(ContentTypes.shipped().named("zeitleiste").flatMap(ContentType::template))
                .isEmpty();
    }

    @Test
    void aTypeRegisteredWithoutItsTemplateIsFound() {
        ContentType advice = new ContentType() {
            @Override
            public String name() {
                return "beratung";
            }

            @Override
            public Class<? extends TypedData> dataType() {
                return Timeline.class;
            }

            @Override
            public List<String> keys() {
                return List.of("hours", "languages");
            }

            @Override
            public Optional<TypedData> read(YamlMapping map, Problems problems) {
                return Optional.empty();
            }
        };
        List<ContentType> types =
                new java.util.ArrayList<>(ContentTypes.shipped().all());
        types.add(advice);

        assertThat(withoutTemplate(types)).containsExactly("beratung");
    }

    /**
     * A type from a jar (here the test's {@code beratung}, registered through ServiceLoader) brings its template and
     * scaffolds on the class path, where the default theme and {@code mosaik new} look; a module without its
     * template stops a build when it starts (pipeline.TypeModulesTest).
     */
    @Test
    void everyTypeOnTheClassPathBringsItsTemplateAndScaffolds() {
        List<ContentType> types =
                TypeModules.discover(new Problems()).orElseThrow().types().all();
        ClassLoader loader = getClass().getClassLoader();

        assertThat(types).extracting(ContentType::name).contains("beratung");
        for (ContentType type : types) {
            type.template()
                    .ifPresent(name -> assertThat(loader.getResource("theme/templates/" + name + ".html"))
                            .as("template of " + type.name())
                            .isNotNull());
            for (String ui : List.of("de", "en")) {
                assertThat(loader.getResource("ui/scaffold/" + ui + "/" + type.name() + ".txt"))
                        .as("scaffold of " + type.name() + " for editors in " + ui)
                        .isNotNull();
            }
        }
    }

    @Test
    void newOffersEveryRegisteredTypeWithItsScaffoldInEachEditorLanguage() {
        assertThat(new Scaffolder(ContentTypes.shipped()).types())
                .containsExactly(
                        "page",
                        "section",
                        "handlungsfeld",
                        "projekt",
                        "termin",
                        "kurs",
                        "vorbild",
                        "newsletter",
                        "zeitleiste",
                        "ort");
        for (ContentType type : ContentTypes.shipped().all()) {
            for (String ui : List.of("de", "en")) {
                assertThat(Files.isRegularFile(Path.of("src/main/resources/ui/scaffold", ui, type.name() + ".txt")))
                        .as("scaffold of " + type.name() + " for editors in " + ui)
                        .isTrue();
            }
        }
    }
}
