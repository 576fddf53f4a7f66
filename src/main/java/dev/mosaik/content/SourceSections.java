package dev.mosaik.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The sections of an original, each with a short fingerprint: the part before the first heading (with title and
 * summary, named by the title) and one section per heading, named by the heading's text. A translation records
 * the fingerprints as {@code sourceSections} beside {@code sourceHash}; when the original changes, the sections
 * whose fingerprint the translation did not record are the ones its readers are told about, by heading.
 *
 * <p>A section runs from its heading's line to the next heading's line, so a change anywhere in it (a code block
 * or a link target too) counts. Like {@link SourceHash}, other front matter does not.
 */
public final class SourceSections {

    /** Fingerprints are short: they tell sections of one page apart, and a front-matter line stays readable. */
    private static final int LENGTH = 8;

    /** A section of the original: the heading text (the title for the part before the first heading) and its fingerprint. */
    public record Section(String heading, String hash) {}

    private SourceSections() {}

    /** The sections of {@code document}, in order. */
    public static List<Section> of(SourceDocument document, Segmenter segmenter) {
        // The leading line end keeps a body that opens with a '---' rule from being taken for front matter.
        String body = "\n" + document.body();
        List<Integer> starts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Segment segment :
                segmenter.segment(document.file().relative(), body).segments()) {
            if (segment.kind().equals("heading")) {
                starts.add(body.lastIndexOf('\n', segment.start() - 1) + 1);
                headings.add(segment.section().orElse(""));
            }
        }
        List<Section> sections = new ArrayList<>();
        String intro = body.substring(0, starts.isEmpty() ? body.length() : starts.get(0))
                .strip();
        sections.add(new Section(
                document.frontMatter().title(),
                hash(document.frontMatter().title() + "\n"
                        + document.frontMatter().summary().orElse("") + "\n" + intro)));
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : body.length();
            sections.add(new Section(
                    headings.get(i), hash(body.substring(starts.get(i), end).strip())));
        }
        return List.copyOf(sections);
    }

    /** The front-matter line a translation records: {@code sourceSections: [3f2a91c0, 77ab12de]}. */
    public static String frontMatterLine(List<Section> sections) {
        return "sourceSections: ["
                + String.join(", ", sections.stream().map(Section::hash).toList()) + "]\n";
    }

    /**
     * The headings of the sections of {@code now} whose fingerprint is not among those {@code recorded} when the
     * translation was made: sections that are new or changed since. Sections deleted since have no heading to name.
     */
    public static List<String> changedSince(List<Section> now, List<String> recorded) {
        Set<String> known = Set.copyOf(recorded);
        return now.stream()
                .filter(s -> !known.contains(s.hash()))
                .map(Section::heading)
                .toList();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
