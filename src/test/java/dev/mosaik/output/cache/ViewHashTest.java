package dev.mosaik.output.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.render.StoredPages;
import dev.mosaik.render.Views.PageView;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page cache's key: a structural hash of the view that tells apart every two views a template could render
 * differently, and refuses — as a bug, loudly — any value it cannot hash by its structure.
 */
class ViewHashTest {

    record Link(String title, String href) {}

    record Other(String title, String href) {}

    record Parts(List<Link> links, Optional<String> note, Map<String, String> params, int count, LocalDate date) {}

    enum Kind {
        PAGE,
        SECTION
    }

    record Holder(Object value) {}

    private static String hash(Object value) {
        return ViewHash.add(CacheKey.of("test"), value).hex();
    }

    @Test
    void equalViewsHashAlikeAndAnyChangedComponentChangesTheHash() {
        Parts parts = new Parts(
                List.of(new Link("a", "/a/")), Optional.of("n"), Map.of("k", "v"), 1, LocalDate.of(2026, 12, 7));
        assertThat(hash(parts))
                .isEqualTo(hash(new Parts(
                        List.of(new Link("a", "/a/")),
                        Optional.of("n"),
                        Map.of("k", "v"),
                        1,
                        LocalDate.of(2026, 12, 7))));
        List<Parts> changed = List.of(
                new Parts(List.of(new Link("b", "/a/")), Optional.of("n"), Map.of("k", "v"), 1, parts.date()),
                new Parts(List.of(), Optional.of("n"), Map.of("k", "v"), 1, parts.date()),
                new Parts(parts.links(), Optional.empty(), Map.of("k", "v"), 1, parts.date()),
                new Parts(parts.links(), Optional.of("n"), Map.of("k", "w"), 1, parts.date()),
                new Parts(parts.links(), Optional.of("n"), Map.of("k", "v"), 2, parts.date()),
                new Parts(
                        parts.links(),
                        Optional.of("n"),
                        Map.of("k", "v"),
                        1,
                        parts.date().plusDays(1)));
        Set<String> hashes = new LinkedHashSet<>();
        hashes.add(hash(parts));
        changed.forEach(p -> hashes.add(hash(p)));
        assertThat(hashes).hasSize(changed.size() + 1);
    }

    @Test
    void stringsAreHashedWithTheirLengthsSoThatMovedBoundariesDiffer() {
        assertThat(hash(new Link("ab", "c"))).isNotEqualTo(hash(new Link("a", "bc")));
        assertThat(hash(List.of("a", "b"))).isNotEqualTo(hash(List.of("ab")));
    }

    @Test
    void recordsOfAnotherClassWithTheSameComponentsHashDifferently() {
        assertThat(hash(new Link("a", "b"))).isNotEqualTo(hash(new Other("a", "b")));
    }

    @Test
    void valuesOfDifferentTypesWithTheSameTextHashDifferently() {
        assertThat(hash(new Holder(1))).isNotEqualTo(hash(new Holder(1L)));
        assertThat(hash(new Holder(1))).isNotEqualTo(hash(new Holder("1")));
        assertThat(hash(new Holder(true))).isNotEqualTo(hash(new Holder("true")));
        assertThat(hash(new Holder(Kind.PAGE))).isNotEqualTo(hash(new Holder("PAGE")));
        assertThat(hash(new Holder(Optional.of("x")))).isNotEqualTo(hash(new Holder("x")));
        assertThat(hash(new Holder(Optional.empty()))).isNotEqualTo(hash(new Holder(null)));
        assertThat(hash(new Holder(List.of()))).isNotEqualTo(hash(new Holder(Map.of())));
    }

    @Test
    void anOrderedMapIsHashedInItsOrderAnUnorderedOneByItsContent() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(hash(ab)).as("a template may list an ordered map").isNotEqualTo(hash(ba));
        assertThat(hash(new TreeMap<>(ab))).isEqualTo(hash(new TreeMap<>(ba)));
        assertThat(hash(Map.copyOf(ab))).isEqualTo(hash(Map.copyOf(ba))).isEqualTo(hash(new HashMap<>(ba)));
    }

    @Test
    void refusesAnObjectOfAnUnknownClassAsABug() {
        Object opaque = new Object();
        assertThatThrownBy(() -> hash(new Holder(List.of(new Holder(opaque)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".value[0].value")
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> hash(new Holder(new StringBuilder("mutable"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.StringBuilder");
        assertThatThrownBy(() -> hash(new Holder(Set.of("a"))))
                .as("a set's order is no part of it, and no view needs one")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hash(new Holder(new ConcurrentHashMap<>(Map.of("a", "b")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConcurrentHashMap");
    }

    /**
     * Every type a stored page's views can hold — walked from {@link StoredPages.Input} (the {@link PageView} and the
     * {@link dev.mosaik.render.SideView} beside it) through record components, the type arguments of
     * lists, optionals and maps, and every class of mosaik that implements an interface a component names (the
     * content types' {@code TypedView}s) — is one the hash takes. A new view component of another type fails here,
     * not in a build.
     */
    @Test
    void hashesEveryTypeReachableFromThePageView() throws Exception {
        List<Class<?>> classes = mosaiksClasses();
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<String> unsupported = new ArrayList<>();
        walk(StoredPages.Input.class, "Input", classes, seen, unsupported);
        assertThat(unsupported).isEmpty();
        assertThat(seen)
                .as("the walk reached the content types' views")
                .anyMatch(c -> c.getSimpleName().equals("PlacePage"))
                .anyMatch(c -> c.getSimpleName().equals("EventListView"))
                .contains(PageView.class, dev.mosaik.render.Views.FooterView.class);
        assertThat(seen)
                .as("and the views beside the page view")
                .contains(
                        dev.mosaik.render.FindingViews.KeywordIndexView.class,
                        dev.mosaik.render.FindingViews.KeywordOverviewView.class,
                        dev.mosaik.render.FindingViews.KeywordPartView.class,
                        dev.mosaik.render.FindingViews.KeywordView.class);
    }

    @Test
    void theWalkOfTheViewsTypesFindsAComponentOfAnotherType() throws Exception {
        List<String> unsupported = new ArrayList<>();
        walk(Holder.class, "Holder", mosaiksClasses(), new LinkedHashSet<>(), unsupported);
        walk(Parts.class, "Parts", mosaiksClasses(), new LinkedHashSet<>(), unsupported);
        assertThat(unsupported).containsExactly("Holder.value: java.lang.Object");
    }

    private static void walk(
            Type type, String path, List<Class<?>> classes, Set<Class<?>> seen, List<String> unsupported) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == List.class || raw == Optional.class || raw == Map.class) {
                Type[] arguments = parameterized.getActualTypeArguments();
                for (int i = 0; i < arguments.length; i++) {
                    walk(arguments[i], path + "<" + i + ">", classes, seen, unsupported);
                }
            } else {
                unsupported.add(path + ": " + type);
            }
            return;
        }
        if (!(type instanceof Class<?> cls)) {
            unsupported.add(path + ": " + type + " (a type variable or wildcard)");
            return;
        }
        if (!seen.add(cls) || ViewHash.isLeaf(cls)) {
            return;
        }
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                walk(component.getGenericType(), path + "." + component.getName(), classes, seen, unsupported);
            }
        } else if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers())) {
            if (!cls.getName().startsWith("dev.mosaik.")) {
                unsupported.add(path + ": " + cls.getName());
                return;
            }
            for (Class<?> implementation : classes) {
                if (cls.isAssignableFrom(implementation)
                        && !implementation.isInterface()
                        && !Modifier.isAbstract(implementation.getModifiers())) {
                    walk(implementation, path + "(" + implementation.getSimpleName() + ")", classes, seen, unsupported);
                }
            }
        } else {
            unsupported.add(path + ": " + cls.getName());
        }
    }

    /** The classes of src/main, found in the folder this test's code under test was compiled into. */
    private static List<Class<?>> mosaiksClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ViewHash.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.class"))
                    .sorted()
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        ViewHashTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
