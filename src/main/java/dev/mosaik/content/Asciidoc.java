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
    /** What AsciidoctorJ reported while converting the current document. Guarded by {@code this}. */
    private final List<Message> messages = new ArrayList<>();
    /** Keeps JRuby's java.util.logging logger quiet: what it says reaches the editor as a located warning instead. */
    private java.util.logging.Logger quieted;
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
            home = Path.of(Asciidoc.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (URISyntaxException | RuntimeException e) {
            home = Path.of(".");
        }
        return new Asciidoc(home.resolve("lib").resolve("asciidoctor"));
    }

    Path jars() {
        return jars;
    }

    /** AsciidoctorJ and the one set of options every page is converted with. */
    private record Engine(ClassLoader loader, Object asciidoctor, Method convert, Object options) {}

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
            problems.error(
                    file.position(1),
                    failure,
                    Optional.of("build mosaik with 'mvn package' (it copies them to target/lib/asciidoctor/), or set -D"
                            + JARS_PROPERTY + "=FOLDER; or convert the page to Markdown"));
        }
        return engine != null;
    }

    /** A warning of AsciidoctorJ's about a document, at a line of the text it was given (1-based; 0 if unknown). */
    record Message(int line, String text) {}

    /** An AsciiDoc document as HTML, and what AsciidoctorJ warned about. */
    record Converted(String html, List<Message> messages) {}

    /**
     * The body of an AsciiDoc document as HTML (without its title, which the theme shows). Call {@link #ready} first.
     * One document at a time: AsciidoctorJ's messages name no document, so they are collected per conversion.
     */
    synchronized Converted convert(String text) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(engine.loader());
        messages.clear();
        try {
            String html = (String) engine.convert().invoke(engine.asciidoctor(), text, engine.options());
            return new Converted(html, List.copyOf(messages));
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
        URLClassLoader loader =
                new URLClassLoader("asciidoctorj", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> api = loader.loadClass("org.asciidoctor.Asciidoctor");
            Object asciidoctor = loader.loadClass("org.asciidoctor.Asciidoctor$Factory")
                    .getMethod("create")
                    .invoke(null);
            Class<?> optionsType = loader.loadClass("org.asciidoctor.Options");
            Class<?> builderType = loader.loadClass("org.asciidoctor.OptionsBuilder");
            Class<?> safeModeType = loader.loadClass("org.asciidoctor.SafeMode");
            Object secure = safeModeType.getMethod("valueOf", String.class).invoke(null, "SECURE");
            Object builder = optionsType.getMethod("builder").invoke(null);
            builder = builderType.getMethod("safe", safeModeType).invoke(builder, secure);
            builder = builderType.getMethod("standalone", boolean.class).invoke(builder, false);
            Object options = builderType.getMethod("build").invoke(builder);
            Class<?> handlerType = loader.loadClass("org.asciidoctor.log.LogHandler");
            Object handler = java.lang.reflect.Proxy.newProxyInstance(
                    loader, new Class<?>[] {handlerType}, (proxy, method, args) -> {
                        if (method.getName().equals("log") && args != null && args.length == 1) {
                            logged(args[0]);
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> "mosaik log handler";
                            default -> null;
                        };
                    });
            api.getMethod("registerLogHandler", handlerType).invoke(asciidoctor, handler);
            quieted = java.util.logging.Logger.getLogger("asciidoctor");
            quieted.setLevel(java.util.logging.Level.OFF);
            return new Engine(loader, asciidoctor, api.getMethod("convert", String.class, optionsType), options);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Keeps a warning (or worse) of AsciidoctorJ's; notes ("possible invalid reference") are left out. */
    private void logged(Object record) throws ReflectiveOperationException {
        String severity =
                String.valueOf(record.getClass().getMethod("getSeverity").invoke(record));
        if (!List.of("WARN", "ERROR", "FATAL").contains(severity)) {
            return;
        }
        Object cursor = record.getClass().getMethod("getCursor").invoke(record);
        int line = cursor == null
                ? 0
                : (Integer) cursor.getClass().getMethod("getLineNumber").invoke(cursor);
        String text = String.valueOf(record.getClass().getMethod("getMessage").invoke(record));
        synchronized (this) {
            messages.add(new Message(Math.max(0, line), text));
        }
    }

    private List<URL> jarUrls() throws IOException {
        if (!Files.isDirectory(jars)) {
            throw new MissingJars();
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(jars)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
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
