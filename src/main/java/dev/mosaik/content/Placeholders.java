package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker {@code mosaik new} puts in every value an editor must fill: text between {@code ⟨} and {@code ⟩}, e.g.
 * {@code provider: "⟨Anbieter⟩"}. YAML keeps it as text and Markdown shows it, so a forgotten one would be published
 * as it stands; a page that is not a draft and still holds one is an error at its line.
 */
public final class Placeholders {

    public static final String OPEN = "⟨";
    public static final String CLOSE = "⟩";
    private static final Pattern MARKER = Pattern.compile(OPEN + "[^" + CLOSE + "\\n]*" + CLOSE);

    private Placeholders() {}

    /** The value to write for something the editor must fill: {@code ⟨what⟩}. */
    public static String of(String what) {
        return OPEN + what + CLOSE;
    }

    /**
     * Reports each line of a file that still holds a placeholder: front matter (between line 1 and {@code closing},
     * comment lines left out, since they explain the marker) and body.
     *
     * @param lines   the file's lines
     * @param closing the index of the front matter's closing {@code ---}
     */
    static void report(SourceFile file, String[] lines, int closing, Problems problems) {
        for (int i = 1; i < lines.length; i++) {
            if (i == closing || i < closing && lines[i].strip().startsWith("#")) {
                continue;
            }
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.find()) {
                problems.error(
                        file.position(i + 1),
                        UiText.of("placeholder.left", marker.group()),
                        UiText.of("hint.placeholder"));
            }
        }
    }
}
