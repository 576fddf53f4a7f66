package dev.mosaik.testing;

import dev.mosaik.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A site written inline, Hugo style: files separated by {@code -- path --} lines. Tests build it through
 * the CLI entry point and look at the output with jsoup.
 */
public final class TestSite {

    /** A minimal two-language configuration most tests start from. */
    public static final String SITE_YAML = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
                menu:
                  - title: Projekte
                    page: /projekte/_index.md
              - code: en
                title: Test site
                menu:
                  - title: Projects
                    page: /projekte/_index.md
              - code: ar
                title: موقع الاختبار
                locale: ar-u-nu-arab
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code spec} below {@code root}. */
    public static TestSite write(Path root, String spec) {
        String path = null;
        StringBuilder body = new StringBuilder();
        List<String[]> files = new ArrayList<>();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) {
                    files.add(new String[] {path, body.toString()});
                }
                path = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path != null) {
            files.add(new String[] {path, body.toString()});
        }
        TestSite site = new TestSite(root);
        for (String[] file : files) {
            site.file(file[0], file[1]);
        }
        return site;
    }

    public TestSite file(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    /** Runs {@code mosaik build} (plus {@code extraArgs}) on this site. */
    public Run build(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("build", "--source", root.toString()));
        args.addAll(List.of(extraArgs));
        return run(args.toArray(String[]::new));
    }

    /** Runs {@code mosaik build} (plus {@code extraArgs}) on this site and fails the test unless it exits 0. */
    public TestSite built(String... extraArgs) {
        Run run = build(extraArgs);
        if (run.exitCode() != 0) {
            throw new AssertionError("mosaik build exited " + run.exitCode() + ":\n" + run.err());
        }
        return this;
    }

    /** Runs any mosaik command line, capturing what it prints. */
    public static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public Document page(String outputPath) {
        Path file = output().resolve(outputPath);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/" + outputPath);
        } catch (IOException e) {
            throw new UncheckedIOException("no output file " + file, e);
        }
    }

    public String text(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command did: exit code and output. */
    public record Run(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Every file below {@code folder} (by its path with forward slashes) with the SHA-256 of its bytes. */
    public static java.util.Map<String, String> hashes(Path folder) {
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                hashes.put(
                        folder.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(java.nio.file.Files.readAllBytes(file))));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
