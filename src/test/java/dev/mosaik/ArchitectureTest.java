package dev.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way through the pipeline: a stage may use earlier stages, never later ones, and each
 * third-party library stays in the package that owns it.
 */
class ArchitectureTest {

    /** Stages in pipeline order; support packages (diag, yaml) come first. */
    private static final List<String> ORDER = List.of("diag", "yaml", "config", "content", "i18n", "site", "render",
            "output", "build", "check", "translate", "serve", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.mosaik\\.(\\w+)\\.");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/dev/mosaik"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return Path.of("src/main/java/dev/mosaik").relativize(file).getName(0).toString();
    }

    @Test
    void noStageDependsOnALaterStage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String own = packageOf(file);
            String text = Files.readString(file);
            Matcher matcher = QUALIFIED.matcher(text);
            while (matcher.find()) {
                String used = matcher.group(1);
                if (ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(own)) {
                    violations.add(file + " (" + own + ") uses " + used);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void librariesStayInThePackagesThatOwnThem() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String own = packageOf(file);
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                String imported = matcher.group(1);
                check(imported, "com.vladsch.flexmark", own, List.of("content"), file, violations);
                check(imported, "org.thymeleaf", own, List.of("render"), file, violations);
                check(imported, "org.eclipse.jetty", own, List.of("serve"), file, violations);
                check(imported, "picocli", own, List.of("cli"), file, violations);
                check(imported, "org.snakeyaml", own, List.of("yaml"), file, violations);
            }
        }
        assertThat(violations).isEmpty();
    }

    private static void check(String imported, String library, String own, List<String> allowed, Path file, List<String> violations) {
        if (imported.startsWith(library) && !allowed.contains(own)) {
            violations.add(file + " imports " + imported);
        }
    }
}
