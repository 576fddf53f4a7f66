package dev.mosaik;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A top-level class of {@code src/main} as the architecture rules see it: its package below {@code dev.mosaik}
 * ({@code output.search}), its simple name, what it imports, and its code with comments and literals blanked out,
 * so that a class named in a comment or a message is not a dependency.
 *
 * @param pkg the package below {@code dev.mosaik}, dotted ({@code render}, {@code output.search})
 */
record JavaSource(String pkg, String name, List<String> imports, String code) {

    static final Path ROOT = Path.of("src/main/java/dev/mosaik");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern HEADER = Pattern.compile("^(?:package|import) [^;]*;", Pattern.MULTILINE);
    private static final Pattern PERMITS = Pattern.compile("\\bpermits\\b[^{]*");
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![\\w.])([A-Z]\\w*)");

    /** Every class of {@code src/main/java/dev/mosaik}, sorted by file. */
    static List<JavaSource> all() throws IOException {
        List<JavaSource> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (!file.getFileName().toString().equals("package-info.java")) {
                    sources.add(of(
                            ROOT.relativize(file.getParent())
                                    .toString()
                                    .replace('/', '.')
                                    .replace('\\', '.'),
                            file.getFileName().toString().replace(".java", ""),
                            Files.readString(file)));
                }
            }
        }
        return sources;
    }

    /** A class from its text: for the real sources and for the small synthetic ones the rules are tried on. */
    static JavaSource of(String pkg, String name, String text) {
        List<String> imports = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(text);
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        // A sealed type names its permitted subtypes as the language requires: that is no dependency of its own.
        String code =
                PERMITS.matcher(HEADER.matcher(blank(text)).replaceAll("")).replaceAll("");
        return new JavaSource(pkg, name, List.copyOf(imports), code);
    }

    /** {@code dev.mosaik.output.search.SearchIndex}. */
    String qualified() {
        return "dev.mosaik." + pkg + "." + name;
    }

    /** The stage (first package segment): {@code output} for {@code output.search}. */
    String stage() {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /**
     * The capitalised names this class's code uses unqualified (not after a dot): the candidates for classes of
     * its own package, or imported ones.
     */
    Set<String> typeNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TYPE_NAME.matcher(code);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether this class refers to {@code other}: by import, by fully qualified name, or by simple name in its package. */
    boolean refersTo(JavaSource other) {
        if (other == this || other.qualified().equals(qualified())) {
            return false;
        }
        if (imports.contains(other.qualified()) || code.contains(other.qualified())) {
            return true;
        }
        boolean shadowed = imports.stream().anyMatch(i -> i.endsWith("." + other.name));
        return other.pkg.equals(pkg) && !shadowed && typeNames().contains(other.name);
    }

    /**
     * Whether this class uses {@code other} itself — creates it, calls its static methods, holds one — rather than
     * only a nested type ({@code Other.Scan}) or a constant ({@code Other.FILE_NAME}) of it.
     */
    boolean uses(JavaSource other) {
        if (!refersTo(other)) {
            return false;
        }
        boolean imported = imports.contains(other.qualified()) || other.pkg.equals(pkg);
        String name = (imported ? "(?<![\\w.])" : "") + Pattern.quote(imported ? other.name : other.qualified());
        return Pattern.compile(name + "(?!\\w|\\s*\\.\\s*[A-Z])").matcher(code).find();
    }

    /** The text with comments, string, text-block and character literals replaced by spaces (line breaks kept). */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? text.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(text.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
