package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * AsciiDoc to HTML with AsciidoctorJ, loaded from the jars in one folder ({@code lib/asciidoctor/} beside
 * mosaik.jar, or beside {@code target/classes} in a build) the first time a site has an AsciiDoc page.
 * AsciidoctorJ brings JRuby (35 MB of jars, seconds to start): sites without AsciiDoc neither load nor ship it.
 * Reached by reflection through its own class loader, so that mosaik compiles and starts without it. Documents are
 * converted in {@code SafeMode.SECURE}: no includes, no files read; the HTML then passes mosaik's own safelist.
 */
final class Asciidoc {

    /** System property naming another folder with the AsciidoctorJ jars (for packagers). */
    static final String JARS_PROPERTY = "mosaik.asciidoctor.jars";

    private final Path jars;
    /** Loaded on first use; {@code null} until then. Guarded by {@code this}. */
    private Engine engine;
    /** Why loading failed, so that every AsciiDoc page reports it without trying again. Guarded by {@code this}. */
    private String failure;

    Asciidoc(Path jars) {
        this.jars = jars;
    }

    /** The folder named by {@link #JARS_PROPERTY}, else {@code lib/asciidoctor} beside the program's jar or classes. */
    static Asciidoc besideProgram() {
        String configured = System.getProperty(JARS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new Asciidoc(Path.of(configured));
        }
        Path home;
        try {
            home = Path.of(Asciidoc.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            home = Path.of(".");
        }
        return new Asciidoc(home.resolve("lib").resolve("asciidoctor"));
    }

    Path jars() {
        return jars;
    }

    /** AsciidoctorJ and the one set of options every page is converted with. */
    private record Engine(ClassLoader loader, Object asciidoctor, Method convert, Object options) {
    }

    /**
     * Whether AsciidoctorJ is loaded (loading it on first call); if it cannot be, the problem is reported at the
     * page that needs it.
     */
    synchronized boolean ready(SourceFile file, Problems problems) {
        if (engine == null && failure == null) {
            try {
                engine = load();
            } catch (MissingJars e) {
                failure = "AsciiDoc needs the AsciidoctorJ jars in " + jars;
            } catch (ReflectiveOperationException | IOException | LinkageError | RuntimeException e) {
                failure = "cannot start AsciidoctorJ from " + jars + ": " + rootCause(e);
            }
        }
        if (engine == null) {
            problems.error(file.position(1), failure,
                    Optional.of("build mosaik with 'mvn package' (it copies them to target/lib/asciidoctor/), or set -D" + JARS_PROPERTY
                            + "=FOLDER; or convert the page to Markdown"));
        }
        return engine != null;
    }

    /** The body of an AsciiDoc document as HTML (without its title, which the theme shows). Call {@link #ready} first. */
    synchronized String convert(String text) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(engine.loader());
        try {
            return (String) engine.convert().invoke(engine.asciidoctor(), text, engine.options());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("AsciidoctorJ failed: " + rootCause(e), e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Engine load() throws ReflectiveOperationException, IOException {
        List<URL> urls = jarUrls();
        if (urls.stream().noneMatch(u -> u.getPath().contains("asciidoctorj-"))) {
            throw new MissingJars();
        }
        // Its own loader under the platform loader: JRuby sees none of mosaik's libraries and mosaik none of its.
        URLClassLoader loader = new URLClassLoader("asciidoctorj", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> api = loader.loadClass("org.asciidoctor.Asciidoctor");
            Object asciidoctor = loader.loadClass("org.asciidoctor.Asciidoctor$Factory").getMethod("create").invoke(null);
            Class<?> optionsType = loader.loadClass("org.asciidoctor.Options");
            Class<?> builderType = loader.loadClass("org.asciidoctor.OptionsBuilder");
            Class<?> safeModeType = loader.loadClass("org.asciidoctor.SafeMode");
            Object secure = safeModeType.getMethod("valueOf", String.class).invoke(null, "SECURE");
            Object builder = optionsType.getMethod("builder").invoke(null);
            builder = builderType.getMethod("safe", safeModeType).invoke(builder, secure);
            builder = builderType.getMethod("standalone", boolean.class).invoke(builder, false);
            Object options = builderType.getMethod("build").invoke(builder);
            return new Engine(loader, asciidoctor, api.getMethod("convert", String.class, optionsType), options);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private List<URL> jarUrls() throws IOException {
        if (!Files.isDirectory(jars)) {
            throw new MissingJars();
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(jars)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try {
                    urls.add(jar.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IOException(e);
                }
            }
        }
        return urls;
    }

    /** The folder has no AsciidoctorJ: reported as such, not as a failure to start it. */
    private static final class MissingJars extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingJars() {
            super(null, null, false, false);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
