package dev.mosaik.shipped;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds what the browser and validator tests need outside the JVM: Debian's Chromium, node, and the npm
 * packages of {@code src/test/browser} (axe-core, playwright-core, vnu-jar). On a machine with only a JDK
 * and Maven they are missing and the tests are skipped with a message — unless the environment variable
 * {@code MOSAIK_BROWSER_TESTS=required} is set (as {@code .ci/run} does), in which case missing tools fail.
 */
final class BrowserTools {

    static final Path FOLDER = Path.of("src/test/browser");
    static final Path SCRIPT = FOLDER.resolve("check-pages.mjs");
    static final Path VNU = FOLDER.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

    /** Begins the message of every test skipped for a missing tool, so that {@link SkippedBrowserTests} can count them. */
    static final String SKIPPED = "browser test skipped: ";

    private BrowserTools() {}

    static boolean required() {
        return "required".equals(System.getenv("MOSAIK_BROWSER_TESTS"));
    }

    /** Skips the test (or fails it, when the tools are required) if {@code thing} is absent. */
    static <T> T require(Optional<T> thing, String what) {
        if (thing.isEmpty()) {
            String message = SKIPPED + what
                    + " is missing; run .ci/run, or: apt-get install chromium && (cd src/test/browser && npm ci --ignore-scripts)";
            if (required()) {
                fail(message + " (MOSAIK_BROWSER_TESTS=required)");
            }
            assumeTrue(false, message);
        }
        return thing.get();
    }

    static Path chromium() {
        return require(
                firstExecutable(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")),
                "Chromium (/usr/bin/chromium)");
    }

    static Path node() {
        return require(firstExecutable(List.of("/usr/bin/node", "/usr/local/bin/node")), "node");
    }

    static Path nodeModule(String name) {
        Path module = FOLDER.resolve("node_modules").resolve(name);
        return require(Optional.of(module).filter(Files::isDirectory), "the npm package " + name + " in " + FOLDER);
    }

    static Path vnuJar() {
        nodeModule("vnu-jar");
        return require(Optional.of(VNU).filter(Files::isRegularFile), VNU.toString());
    }

    /** The java that runs these tests, to start the Nu checker with. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Optional<Path> firstExecutable(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
