package dev.mosaik.content;

import dev.mosaik.yaml.DirectionControls;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which names a static file (below {@code content/} or {@code assets/}) may be published under. Pages get their
 * addresses from {@link UrlSegment}; static files keep their names (a dot, capitals, {@code Logo_2024.PNG}), but
 * not every name: a right-to-left override (U+202E) shows {@code rechnung‮fdp.exe} as {@code rechnungexe.pdf},
 * control characters break logs and headers, the characters Windows forbids ({@code \ : ? * < > | "}) and its
 * device names ({@code CON}, {@code NUL}, {@code COM1}, …) make the site impossible to check out, copy or
 * serve there, and a {@code ?} or {@code \} changes what a URL means.
 */
final class StaticFileName {

    private static final String FORBIDDEN = "\\:?*<>|\"";
    private static final Set<String> DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6",
            "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private StaticFileName() {}

    /** What is wrong with the path {@code below} (names joined by {@code /}), or empty when it may be published. */
    static Optional<String> problem(String below) {
        for (String name : below.split("/", -1)) {
            Optional<String> wrong = problemOfName(name);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problemOfName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (DirectionControls.isControl(c) || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                return Optional.of("the file name contains a text direction control (U+" + hex(c)
                        + "), which can disguise its type");
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("the file name contains a control character (U+" + hex(c) + ")");
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(
                        "the file name contains '" + c + "', which web addresses or Windows do not allow in names");
            }
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            return Optional.of("'" + name + "' is a device name on Windows, where no file can have it");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("the file name '" + name + "' ends in a dot or space, which Windows drops");
        }
        return Optional.empty();
    }

    /** {@code path} with control and direction characters written as {@code \\u202E}, for messages. */
    static String printable(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            boolean hidden = DirectionControls.isControl(c)
                    || c == '\u200E'
                    || c == '\u200F'
                    || c == '\u061C'
                    || Character.getType(c) == Character.CONTROL;
            out.append(hidden ? "\\u" + hex(c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }
}
