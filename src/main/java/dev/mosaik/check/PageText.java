package dev.mosaik.check;

import dev.mosaik.content.ProseOverlay;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a content file a reader sees and a translator translates, in passages with their lines: the prose
 * keys of the front matter (title, summary, tags, the prose fields of the page's type) and the blocks of the body.
 * Link targets, HTML tags, attribute blocks, addresses and code are left out, so that a term in a URL
 * ({@code /integrationskurs/}) does not count as a mention.
 *
 * <p>A translation keeps its original's structure (the same keys, the same blocks in the same order), so a passage
 * of the original names its counterpart: the same key, or the block with the same number.
 */
record PageText(List<Passage> passages, int bodyFirstLine) {

    /**
     * A front-matter value ({@code key} set; {@code index} counts the texts below the same key, e.g. the measures)
     * or a block of the body ({@code key} empty, {@code index} its number from 0).
     */
    record Passage(String key, int index, String text, int line) {}

    private static final Set<String> FACT_KEYS =
            Set.of("src", "ref", "projects", "term", "status", "updated", "consent");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][^}]*\\}|\\{lang=[^}]*\\}");
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|mailto:|www\\.)\\S+|\\S+@\\S+");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    /** Reads {@code text} (a content file's whole text); {@code type} is the content type of the original. */
    static PageText of(String text, String file, Optional<String> type) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Passage> passages = new ArrayList<>();
        int bodyStart = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length
                    && !lines[end].strip().equals("---")
                    && !lines[end].strip().equals("...")) {
                end++;
            }
            String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, Math.min(end, lines.length)));
            // The build has reported the front matter's mistakes already.
            YamlDocument.parseMapping(yaml, file, 2, new Problems()).ifPresent(map -> frontMatter(map, type, passages));
            bodyStart = Math.min(end + 1, lines.length);
        }
        body(lines, bodyStart, passages);
        return new PageText(List.copyOf(passages), bodyStart + 1);
    }

    private static void frontMatter(YamlMapping map, Optional<String> type, List<Passage> into) {
        List<String> keys = new ArrayList<>(List.of("title", "summary", "tags"));
        type.map(t -> ProseOverlay.KEYS.getOrDefault(t, List.of())).ifPresent(keys::addAll);
        for (String key : keys) {
            int index = 0;
            for (YamlMapping.Located text : map.textsBelow(key, FACT_KEYS)) {
                into.add(new Passage(key, index++, text.value(), text.position().line()));
            }
        }
    }

    /** Blocks are separated by blank lines; a fenced code block counts as a block without words. */
    private static void body(String[] lines, int from, List<Passage> into) {
        int block = 0;
        int start = -1;
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (int i = from; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean fence = line.strip().startsWith("```") || line.strip().startsWith("~~~");
            if (fence) {
                fenced = !fenced;
            }
            if (!fenced && !fence && line.isBlank()) {
                if (start >= 0) {
                    into.add(new Passage("", block++, clean(text.toString()), start + 1));
                    start = -1;
                    text.setLength(0);
                }
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (!fenced && !fence) {
                text.append(line).append('\n');
            }
        }
    }

    private static String clean(String markdown) {
        String text = CODE_SPAN.matcher(markdown).replaceAll(" ");
        text = LINK_TARGET.matcher(text).replaceAll("] ");
        text = REFERENCE.matcher(text).replaceAll("] ");
        text = TAG.matcher(text).replaceAll(" ");
        text = ATTRIBUTES.matcher(text).replaceAll(" ");
        return ADDRESS.matcher(text).replaceAll(" ");
    }

    /** The first passage whose text {@code test} accepts. */
    Optional<Passage> first(java.util.function.Predicate<String> test) {
        return passages.stream().filter(p -> test.test(p.text())).findFirst();
    }

    /** Every word of the page, passages one per line. */
    String all() {
        StringBuilder all = new StringBuilder();
        passages.forEach(p -> all.append(p.text()).append('\n'));
        return all.toString();
    }

    /** The line of this page's counterpart of {@code passage} of the original, or the start of the body or file. */
    int lineOf(Passage passage) {
        Optional<Passage> sameKey = Optional.empty();
        for (Passage own : passages) {
            if (own.key().equals(passage.key())) {
                if (own.index() == passage.index()) {
                    return own.line();
                }
                sameKey = sameKey.or(() -> Optional.of(own));
            }
        }
        // Another number of blocks or entries: the first of them, else where the body or the file starts.
        return sameKey.map(Passage::line).orElse(passage.key().isEmpty() ? bodyFirstLine : 1);
    }
}
