package dev.mosaik.content;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page's JBake header ({@code key=value} lines up to {@code ~~~~~~}) read as its front matter, so that a JBake
 * site builds as it is; every mistake of the header is reported at its line.
 */
final class JBakeFrontMatter {

    private static final List<String> KEYS =
            List.of("title", "date", "type", "tags", "status", "summary", "description");

    /** The header's values by key, each with its line. */
    private record Header(Map<String, String> values, Map<String, Integer> lineOf) {}

    private JBakeFrontMatter() {}

    static Optional<SourceDocument> read(SourceFile file, String[] lines, Problems problems) {
        int end = indexOf(lines, JBakeHeader.END);
        Problems local = new Problems();
        Header header = header(file, lines, end, local);
        Map<String, String> values = header.values();
        String title = values.getOrDefault("title", "");
        if (title.isBlank()) {
            local.error(file.position(1), "missing required header 'title'");
        }
        Optional<LocalDate> date = Optional.ofNullable(values.get("date")).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
            } catch (DateTimeParseException e) {
                local.error(
                        file.position(header.lineOf().get("date")),
                        "'date' must be a date like 2024-05-31, not '" + d + "'");
                return Optional.empty();
            }
        });
        String status = values.getOrDefault("status", "published");
        if (!List.of("published", "draft", "published-date").contains(status)) {
            local.error(
                    file.position(header.lineOf().get("status")),
                    "status must be published, draft or published-date, not '" + status + "'");
        }
        problems.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = FrontMatter.imported(
                title,
                date,
                Optional.ofNullable(values.getOrDefault("summary", values.get("description"))),
                Optional.ofNullable(values.get("type")),
                status.equals("draft"),
                tags(values),
                // The address JBake gave the page stays an address of it: links from elsewhere still arrive.
                JBakeHeader.address(file)
                        .map(a -> List.of(new Alias(a, file.position(1))))
                        .orElse(List.of()));
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        return Optional.of(new SourceDocument(file, frontMatter, body, end + 2));
    }

    /** The {@code key=value} lines before line {@code end}; a line of another form or an unknown key is reported. */
    private static Header header(SourceFile file, String[] lines, int end, Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.error(
                        file.position(i + 1), "JBake header lines must read 'key=value', not '" + line.strip() + "'");
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (!KEYS.contains(key)) {
                problems.error(file.position(i + 1), "unknown JBake header '" + key + "'", DidYouMean.hint(key, KEYS));
                continue;
            }
            values.put(key, line.substring(equals + 1).strip());
            lineOf.put(key, i + 1);
        }
        return new Header(values, lineOf);
    }

    private static List<String> tags(Map<String, String> values) {
        return Optional.ofNullable(values.get("tags")).stream()
                .flatMap(t -> Arrays.stream(t.split(",")))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static int indexOf(String[] lines, String wanted) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
