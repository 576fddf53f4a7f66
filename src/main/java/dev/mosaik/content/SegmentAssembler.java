package dev.mosaik.content;

import dev.mosaik.content.Segment.Close;
import dev.mosaik.content.Segment.Code;
import dev.mosaik.content.Segment.Open;
import dev.mosaik.content.Segment.Part;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlScalars;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts translated segments back into the file they were cut from. A segment whose translation is its own text
 * keeps its bytes (line breaks included); a translated one is rebuilt from the translation's words and the
 * original's markup, placeholder by placeholder. A translation that lost, repeated, invented or unbalanced a
 * placeholder is refused with the segment and the markup named: the file is not written with a broken link.
 */
public final class SegmentAssembler {

    private static final Pattern TOKEN =
            Pattern.compile("<x\\s+id=\"(\\d+)\"\\s*/>|<x\\s+id=\"(\\d+)\"\\s*>\\s*</x>|<g\\s+id=\"(\\d+)\"\\s*>|</g>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));");

    /** A piece of a translation: words or a placeholder. */
    private sealed interface Token {}

    private record Words(String text) implements Token {}

    private record Placeholder(int id, boolean open, boolean close) implements Token {}

    /**
     * The file with every segment replaced by its translation; segments without a translation keep their text.
     *
     * @param translations by segment id, in the {@link Segment#text()} form
     * @return empty when a translation broke its markup (each case reported at the segment's line)
     */
    public Optional<String> reassemble(SegmentedPage page, Map<String, String> translations, Problems problems) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean broken = false;
        for (Segment segment : page.segments()) {
            String translated = translations.get(segment.id());
            out.append(page.text(), at, segment.start());
            at = segment.end();
            String raw = page.text().substring(segment.start(), segment.end());
            if (translated == null || translated.equals(segment.text())) {
                out.append(raw);
                continue;
            }
            Optional<String> rebuilt = rebuild(page, segment, translated, problems);
            if (rebuilt.isEmpty()) {
                broken = true;
                continue;
            }
            if (segment.yaml()) {
                // A block scalar's range ends with its line end; the quoted value that replaces it must keep it.
                String trailing = raw.substring(raw.stripTrailing().length());
                out.append(YamlScalars.quoted(rebuilt.get()))
                        .append(trailing.contains("\n") ? trailing.substring(trailing.indexOf('\n')) : "");
            } else {
                out.append(rebuilt.get());
            }
        }
        out.append(page.text().substring(at));
        return broken ? Optional.empty() : Optional.of(out.toString());
    }

    /** The original's markup of a segment by placeholder id: pieces kept whole and openings, and the closings. */
    private record Markup(Map<Integer, Part> byId, Map<Integer, String> closes) {
        static Markup of(Segment segment) {
            Map<Integer, Part> byId = new HashMap<>();
            Map<Integer, String> closes = new HashMap<>();
            for (Part part : segment.parts()) {
                if (part instanceof Code c) {
                    byId.put(c.id(), c);
                } else if (part instanceof Open o) {
                    byId.put(o.id(), o);
                } else if (part instanceof Close c) {
                    closes.put(c.id(), c.raw());
                }
            }
            return new Markup(byId, closes);
        }
    }

    /** The translated text with the original's markup in place of its placeholders, or empty when they do not match. */
    Optional<String> rebuild(SegmentedPage page, Segment segment, String translated, Problems problems) {
        Markup markup = Markup.of(segment);
        List<Token> tokens = tokens(translated);
        Optional<String> mistake = mistake(tokens, markup.byId());
        if (mistake.isPresent()) {
            problems.error(
                    SourcePosition.file(page.path()).atLine(segment.line()),
                    "the translation of this " + segment.kind() + " " + mistake.get(),
                    Optional.of("the source reads: " + segment.text()));
            return Optional.empty();
        }
        return Optional.of(joined(segment, tokens, markup));
    }

    /**
     * What is wrong with the placeholders of a translation: one the original does not have, one repeated, one lost,
     * markup closed that was never opened or opened and never closed; empty when they match the original's.
     */
    private static Optional<String> mistake(List<Token> tokens, Map<Integer, Part> byId) {
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (!(token instanceof Placeholder p)) {
                continue;
            }
            if (p.close()) {
                if (open.isEmpty()) {
                    return Optional.of("closes markup it never opened (a stray </g>)");
                }
                open.pop();
                continue;
            }
            Part part = byId.get(p.id());
            if (part == null || (part instanceof Open) != p.open()) {
                return Optional.of("has a placeholder the original does not have (id " + p.id() + ")");
            }
            if (seen.merge(p.id(), 1, Integer::sum) > 1) {
                return Optional.of("repeats " + labelOf(part));
            }
            if (p.open()) {
                open.push(p.id());
            }
        }
        if (!open.isEmpty()) {
            return Optional.of("broke " + labelOf(byId.get(open.peek())) + " (it is never closed)");
        }
        return byId.entrySet().stream()
                .filter(entry -> !seen.containsKey(entry.getKey()))
                .findFirst()
                .map(entry -> "lost " + labelOf(entry.getValue()));
    }

    /** The translation's words, unescaped and on one line, with the original's markup in place of the placeholders. */
    private static String joined(Segment segment, List<Token> tokens, Markup markup) {
        StringBuilder out = new StringBuilder();
        Deque<Integer> stack = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token instanceof Words w) {
                String words = unescape(w.text());
                // A line end in a translation could start a new block (a list, a heading); the text is one line.
                words = words.replaceAll("\\s*\n\\s*", " ");
                if (segment.kind().equals("table cell")) {
                    words = words.replaceAll("(?<!\\\\)\\|", "\\\\|");
                }
                out.append(words);
            } else {
                Placeholder p = (Placeholder) token;
                if (p.close()) {
                    out.append(markup.closes().get(stack.pop()));
                } else {
                    out.append(markup.byId().get(p.id()).raw());
                    if (p.open()) {
                        stack.push(p.id());
                    }
                }
            }
        }
        return out.toString();
    }

    private static String labelOf(Part part) {
        if (part instanceof Code c) {
            return c.label();
        }
        return ((Open) part).label();
    }

    private static List<Token> tokens(String translated) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(translated);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                tokens.add(new Words(translated.substring(at, matcher.start())));
            }
            if (matcher.group(1) != null || matcher.group(2) != null) {
                tokens.add(new Placeholder(
                        Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)),
                        false,
                        false));
            } else if (matcher.group(3) != null) {
                tokens.add(new Placeholder(Integer.parseInt(matcher.group(3)), true, false));
            } else {
                tokens.add(new Placeholder(0, false, true));
            }
            at = matcher.end();
        }
        if (at < translated.length()) {
            tokens.add(new Words(translated.substring(at)));
        }
        return tokens;
    }

    static String unescape(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                replacement = Character.toString(Integer.parseInt(matcher.group(1)));
            } else if (matcher.group(2) != null) {
                replacement = Character.toString(Integer.parseInt(matcher.group(2), 16));
            } else {
                replacement = switch (matcher.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
