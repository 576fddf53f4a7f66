package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an AsciiDoc page as JBake reads it: the document title ({@code = Title}), an author line, a
 * revision line ({@code v1.0, 2013-10-17: remark} or just a date), and attribute entries; JBake's metadata are the
 * {@code :jbake-…:} attributes ({@code jbake-type}, {@code jbake-status}, {@code jbake-tags}, {@code jbake-date},
 * {@code jbake-title}), the date falls back to the revision date. Read here in Java, without AsciidoctorJ, so that
 * headers are known before any AsciiDoc is converted. The body handed to AsciidoctorJ is the whole file: its
 * attributes ({@code :idprefix:} …) apply to the text, and the title itself is not shown (the theme shows it).
 */
final class AsciidocHeader {

    private static final Pattern ATTRIBUTE = Pattern.compile(":(!?[\\w][\\w-]*!?):(?:\\s+(.*))?");
    private static final Pattern TITLE = Pattern.compile("=\\s+(\\S.*)");
    private static final Pattern REVISION = Pattern.compile("v?[\\d.]+,\\s*([^:]+?)\\s*(?::.*)?|([^:,]+?)\\s*(?::.*)?");

    private AsciidocHeader() {}

    /** What the header says, with the line of each attribute for messages. */
    record Header(
            Optional<String> title,
            Map<String, String> attributes,
            Map<String, Integer> lineOf,
            Optional<String> revisionDate,
            int revisionLine) {}

    /** Reads the header at the top of {@code lines}; every line after the header is body. */
    static Header parse(String[] lines) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Optional<String> title = Optional.empty();
        Optional<String> revisionDate = Optional.empty();
        int revisionLine = 0;
        int i = 0;
        // Comments and attribute entries may come before the title.
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (line.startsWith("//") && !line.startsWith("////")) {
                continue;
            } else if (attribute.matches()) {
                put(attribute, i, attributes, lineOf);
            } else {
                break;
            }
        }
        if (i < lines.length) {
            Matcher titleLine = TITLE.matcher(lines[i].strip());
            if (titleLine.matches()) {
                title = Optional.of(titleLine.group(1).strip());
                i++;
                // Author and revision lines are the first two lines after the title that are no attribute entries.
                int plain = 0;
                for (; i < lines.length && !lines[i].isBlank(); i++) {
                    String line = lines[i].strip();
                    Matcher attribute = ATTRIBUTE.matcher(line);
                    if (attribute.matches()) {
                        put(attribute, i, attributes, lineOf);
                    } else if (line.startsWith("//")) {
                        continue;
                    } else if (++plain == 2) {
                        Matcher revision = REVISION.matcher(line);
                        if (revision.matches()) {
                            revisionDate = Optional.ofNullable(
                                            revision.group(1) != null ? revision.group(1) : revision.group(2))
                                    .map(String::strip);
                            revisionLine = i + 1;
                        }
                    }
                }
            }
        }
        return new Header(title, attributes, lineOf, revisionDate, revisionLine);
    }

    private static void put(Matcher attribute, int index, Map<String, String> attributes, Map<String, Integer> lineOf) {
        String name = attribute.group(1);
        attributes.put(
                name, attribute.group(2) == null ? "" : attribute.group(2).strip());
        lineOf.put(name, index + 1);
    }

    /** The front matter of an AsciiDoc page with an AsciiDoc header; the body is the whole file. */
    static Optional<SourceDocument> read(SourceFile file, String[] lines, Problems problems) {
        Header header = parse(lines);
        Problems local = new Problems();
        Optional<String> title = Optional.ofNullable(header.attributes().get("jbake-title"))
                .or(header::title)
                .filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            local.error(
                    file.position(1),
                    "the AsciiDoc page has no title",
                    Optional.of("start it with a line '= Title', or with YAML front matter between '---' lines"));
        }
        Optional<LocalDate> date = date(file, header, local);
        String status = header.attributes().getOrDefault("jbake-status", "published");
        if (!List.of("published", "draft", "published-date").contains(status)) {
            local.error(
                    file.position(header.lineOf().get("jbake-status")),
                    "jbake-status must be published, draft or published-date, not '" + status + "'");
        }
        List<String> tags = Optional.ofNullable(header.attributes().get("jbake-tags")).stream()
                .flatMap(t -> Arrays.stream(t.split(",")))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        problems.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        Optional<String> summary = Optional.ofNullable(header.attributes()
                .getOrDefault("jbake-summary", header.attributes().get("description")));
        FrontMatter frontMatter = FrontMatter.imported(
                title.orElseThrow(),
                date,
                summary,
                Optional.ofNullable(header.attributes().get("jbake-type")),
                status.equals("draft"),
                tags,
                JBakeHeader.address(file)
                        .map(a -> List.of(new Alias(a, file.position(1))))
                        .orElse(List.of()));
        return Optional.of(new SourceDocument(file, frontMatter, String.join("\n", lines), 1));
    }

    /**
     * The page's date: {@code :jbake-date:}, else AsciiDoc's revision date. Only a jbake-date that is no date is
     * reported; a revision date in another form is AsciiDoc's business.
     */
    private static Optional<LocalDate> date(SourceFile file, Header header, Problems problems) {
        String dateText = header.attributes().get("jbake-date");
        int dateLine = header.lineOf().getOrDefault("jbake-date", 0);
        if (dateText == null) {
            dateText = header.attributes()
                    .getOrDefault("revdate", header.revisionDate().orElse(null));
            dateLine = header.lineOf().getOrDefault("revdate", header.revisionLine());
        }
        if (dateText != null && !dateText.isBlank()) {
            try {
                return Optional.of(LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText));
            } catch (DateTimeParseException e) {
                // A revision date in another form is AsciiDoc's business; only jbake-date must be a date for mosaik.
                if (header.attributes().containsKey("jbake-date")) {
                    problems.error(
                            file.position(dateLine),
                            "'jbake-date' must be a date like 2024-05-31, not '" + dateText + "'");
                }
            }
        }
        return Optional.empty();
    }
}
