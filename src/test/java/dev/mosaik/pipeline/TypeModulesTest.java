package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.content.ContentType;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.TypedData;
import dev.mosaik.diag.Problems;
import dev.mosaik.render.TypedView;
import dev.mosaik.render.TypedViewContext;
import dev.mosaik.render.TypedViewSource;
import dev.mosaik.site.Page;
import dev.mosaik.testing.TestSite;
import dev.mosaik.yaml.YamlMapping;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content types found on the class path ({@link TypeModules}): added after mosaik's own in the order of their
 * names; a module without its template or with a name already taken stops the build when it starts.
 */
class TypeModulesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            """;

    /** A type whose template is nowhere: neither in the site's theme nor on the class path. */
    public static final class Untemplated implements TypeModule {
        @Override
        public ContentType type() {
            return new Named("sprechstunde");
        }

        @Override
        public TypedViewSource view() {
            return new View("sprechstunde");
        }
    }

    /** A type that takes the name of mosaik's place type. */
    public static final class SecondPlace implements TypeModule {
        @Override
        public ContentType type() {
            return new Named(ContentTypes.PLACE);
        }

        @Override
        public TypedViewSource view() {
            return new View(ContentTypes.PLACE);
        }
    }

    /** The record of the test types. */
    record Nothing() implements TypedData {}

    private record Named(String name) implements ContentType {
        @Override
        public Class<? extends TypedData> dataType() {
            return Nothing.class;
        }

        @Override
        public List<String> keys() {
            return List.of("room");
        }

        @Override
        public Optional<TypedData> read(YamlMapping map, Problems problems) {
            return Optional.of(new Nothing());
        }
    }

    private record View(String type) implements TypedViewSource {
        @Override
        public Optional<TypedView> page(Page page, TypedViewContext context) {
            return Optional.empty();
        }
    }

    @Test
    void typesOnTheClassPathFollowTheShippedOnesInTheOrderOfTheirNames() {
        Problems problems = new Problems();

        TypeModules modules = TypeModules.discover(problems).orElseThrow();

        List<String> names =
                modules.types().all().stream().map(ContentType::name).toList();
        assertThat(names.subList(0, ContentTypes.shipped().all().size()))
                .isEqualTo(ContentTypes.shipped().all().stream()
                        .map(ContentType::name)
                        .toList());
        assertThat(names).endsWith("beratung");
        assertThat(modules.views().source("beratung")).isPresent();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aModuleWithoutItsTemplateStopsTheBuildBeforeAnyPageIsRead() throws Exception {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/sprechstunde.de.md --
                ---
                title: Sprechstunde
                type: sprechstunde
                room: 1
                ---
                """);

        TestSite.Run build = withModules(Untemplated.class, site::build);

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err())
                .contains("theme/sprechstunde.html: the content type sprechstunde (" + Named.class.getName()
                        + ") has no template sprechstunde.html")
                .contains("theme/templates/sprechstunde.html");
        assertThat(Files.exists(site.output())).isFalse();
    }

    @Test
    void aModuleWithoutItsTemplateIsFineOnceTheSiteThemeHasIt() throws Exception {
        TestSite site = TestSite.write(dir, SITE + """
                -- theme/sprechstunde.html --
                <!DOCTYPE html>
                <html lang="de"><head><title>S</title></head><body><p class="room">Raum</p></body></html>
                -- content/sprechstunde.de.md --
                ---
                title: Sprechstunde
                type: sprechstunde
                room: 1
                ---
                """);

        TestSite.Run build = withModules(Untemplated.class, site::build);

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.page("de/sprechstunde/index.html").select("p.room").text())
                .isEqualTo("Raum");
    }

    @Test
    void aTypeNamedLikeAShippedOneIsAClearErrorNotAStackTrace() throws Exception {
        TestSite site = TestSite.write(dir, SITE);

        TestSite.Run build = withModules(SecondPlace.class, site::build);

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err())
                .contains("META-INF/services/dev.mosaik.pipeline.TypeModule: two content types named ort: "
                        + "dev.mosaik.content.PlaceType and " + Named.class.getName())
                .doesNotContain("Exception", "\tat ");
    }

    /**
     * Runs {@code action} with {@code module} registered as a jar beside mosaik's would register it: a service file
     * on the class path of this thread's context class loader.
     */
    private <T> T withModules(Class<? extends TypeModule> module, Supplier<T> action) throws Exception {
        Path jar = dir.resolve("type-jar");
        Path services = jar.resolve("META-INF/services/" + TypeModule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, module.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
