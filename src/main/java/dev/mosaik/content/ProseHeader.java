package dev.mosaik.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter a translation starts from: the original's header without the facts a translation does not
 * repeat (see {@link ProseOverlay}), so that {@code mosaik translate} writes a file that builds as it is and
 * the translator sees exactly what there is to translate. Works on the text, keeping the editor's comments,
 * quoting and order of the lines it keeps.
 */
final class ProseHeader {

    private static final Pattern KEY = Pattern.compile("^(\\s*)(?:- )?([A-Za-z_][\\w-]*)\\s*:.*");
    /** Keys inside the entries of prose lists that are facts, by type. */
    private static final Map<String, Set<String>> FACT_ENTRY_KEYS = Map.of(
            ContentTypes.FIELD_OF_ACTION, Set.of("term", "status", "updated", "projects"),
            ContentTypes.PROJECT, Set.of("src"),
            ContentTypes.ROLE_MODEL, Set.of("src", "consent"));

    private ProseHeader() {}

    /** {@code header} (the lines between the {@code ---} lines) with the facts of {@code type} removed. */
    static String of(String header, Optional<String> type) {
        if (!ProseOverlay.applies(type)) {
            return header;
        }
        List<String> prose = ProseOverlay.KEYS.get(type.get());
        // Only mosaik's own types have a prose overlay (ProseOverlay.KEYS): a type from a jar has none to cut.
        List<String> typeKeys = ContentTypes.shipped().keysOf(type);
        Set<String> entryFacts = FACT_ENTRY_KEYS.getOrDefault(type.get(), Set.of());
        List<String> lines = new ArrayList<>();
        boolean dropping = false;
        int dropIndent = -1;
        for (String line : header.split("\n", -1)) {
            Matcher key = KEY.matcher(line);
            int indent = indentOf(line);
            if (dropIndent >= 0 && (line.isBlank() || indent > dropIndent)) {
                continue;
            }
            dropIndent = -1;
            if (key.matches() && key.group(1).isEmpty() && !line.startsWith("- ")) {
                String name = key.group(2);
                dropping = typeKeys.contains(name) && !prose.contains(name);
            }
            if (dropping) {
                continue;
            }
            if (key.matches()
                    && (!key.group(1).isEmpty() || line.startsWith("- "))
                    && entryFacts.contains(key.group(2))) {
                // An entry's fact, with the lines of its value below it; an entry's first line keeps its dash.
                dropIndent = key.start(2);
                if (line.strip().startsWith("- ")) {
                    lines.add(line.substring(0, line.indexOf('-') + 1));
                }
                continue;
            }
            lines.add(FLOW_ENTRY.matcher(line).matches() && entryFacts.contains("status") ? withoutStatus(line) : line);
        }
        String kept = String.join("\n", lines);
        // A header whose last keys are facts loses its last line break with them; the next line must not join the last
        // kept one.
        return header.endsWith("\n") && !kept.endsWith("\n") ? kept + "\n" : kept;
    }

    /** A history entry written on one line, {@code - {date: 2026-04-01, status: begonnen, note: "…"}}. */
    private static final Pattern FLOW_ENTRY = Pattern.compile("^\\s*- \\{.*\\}\\s*$");

    private static final Pattern FLOW_STATUS_FIRST = Pattern.compile("\\bstatus:\\s*[^,}\"]*,\\s*");
    private static final Pattern FLOW_STATUS_LAST = Pattern.compile(",\\s*status:\\s*[^,}\"]*(?=\\})");

    /** A one-line entry without its status, a fact the original keeps: {@code - {date: 2026-04-01, note: "…"}}. */
    private static String withoutStatus(String line) {
        return FLOW_STATUS_LAST
                .matcher(FLOW_STATUS_FIRST.matcher(line).replaceFirst(""))
                .replaceFirst("");
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
