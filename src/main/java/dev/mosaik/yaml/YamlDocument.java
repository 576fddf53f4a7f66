package dev.mosaik.yaml;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML text (a whole file or a front-matter block) into a {@link YamlMapping} that remembers the
 * line of every key, so that every later complaint can point at the line the editor has to fix.
 */
public final class YamlDocument {

    /** Aliases are rare in hand-written front matter; a low limit defeats "billion laughs" bombs. */
    private static final int MAX_ALIASES = 20;

    private static final int MAX_CODE_POINTS = 1_000_000;
    /** Far more than any front matter or configuration needs, far less than overflows the stack. */
    private static final int MAX_DEPTH = 50;
    /** Immutable once made, and costly to make (its resolvers are regular expressions): one for every text. */
    private static final CoreSchema SCHEMA = new CoreSchema();

    private YamlDocument() {}

    /**
     * @param file      the file, relative to the site root, for messages
     * @param firstLine the 1-based line of the file on which {@code text} starts
     * @return the top-level mapping, or empty when the text is not a mapping (a problem has been reported)
     *         or is empty (an empty mapping is returned)
     */
    public static Optional<YamlMapping> parseMapping(String text, String file, int firstLine, Problems problems) {
        return parseMapping(text, file, firstLine, problems, YamlTrees.NONE);
    }

    /**
     * Like {@link #parseMapping(String, String, int, Problems)}, taking the tree from {@code trees} where they keep
     * one for {@code text}, and keeping there the tree of a text that parsed into a mapping.
     */
    public static Optional<YamlMapping> parseMapping(
            String text, String file, int firstLine, Problems problems, YamlTrees trees) {
        YamlContext context = new YamlContext(file, firstLine, problems);
        Optional<MappingNode> kept = trees.find(text).flatMap(form -> kept(form, file));
        if (kept.isPresent()) {
            return Optional.of(new YamlMapping(kept.get(), context));
        }
        return parse(text, context, trees);
    }

    private static Optional<MappingNode> kept(byte[] form, String file) {
        try {
            return Optional.of(YamlTreeForm.decode(form, file))
                    .filter(MappingNode.class::isInstance)
                    .map(MappingNode.class::cast);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a form this version wrote: parsed again
        }
    }

    private static Optional<YamlMapping> parse(String text, YamlContext context, YamlTrees trees) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(context.file())
                .setSchema(SCHEMA)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            if (!withinLimits(text, settings, context)) {
                return Optional.empty();
            }
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            report(e, context);
            return Optional.empty();
        } catch (YamlEngineException e) {
            context.problems()
                    .error(
                            SourcePosition.file(context.file()).atLine(context.firstLine()),
                            "invalid YAML: " + firstLineOf(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMapping.empty(context));
        }
        Node node = root.get();
        if (!(node instanceof MappingNode mapping)) {
            context.problems()
                    .error(context.positionOf(node), "expected 'key: value' lines, found " + YamlMapping.kindOf(node));
            return Optional.empty();
        }
        // Kept before reading: what the mapping reports (a duplicate key, say) it reports again when read from there.
        YamlTreeForm.encode(mapping).ifPresent(form -> trees.keep(text, form));
        return Optional.of(new YamlMapping(mapping, context));
    }

    private static void report(MarkedYamlEngineException e, YamlContext context) {
        Problems problems = context.problems();
        // Something left open (a quote, a bracket) is found only at the end; the editor must fix where it starts.
        boolean leftOpen = e.getProblem() != null
                && (e.getProblem().contains("end of stream")
                        || e.getProblem().contains("expected ',' or ']'")
                        || e.getProblem().contains("expected ',' or '}'"));
        int line = (leftOpen
                        ? e.getContextMark().or(e::getProblemMark)
                        : e.getProblemMark().or(e::getContextMark))
                .map(m -> m.getLine())
                .orElse(0);
        Optional<String> unclosed = leftOpen ? unclosed(e.getContext()) : Optional.empty();
        if (unclosed.isPresent()) {
            problems.error(context.at(line), UiText.of(unclosed.get()), UiText.of("hint.yamlUnclosed"));
        } else {
            problems.error(context.at(line), UiText.of("yaml.invalid", describe(e)), UiText.of("hint.yamlInvalid"));
        }
    }

    /**
     * Walks the parser's events once before composing, because composing recurses: lists nested thousands of
     * levels deep would overflow the stack, and aliases to lists can make a few lines expand into billions of
     * entries ("billion laughs"). Both are reported at their line instead.
     */
    private static boolean withinLimits(String text, LoadSettings settings, YamlContext context) {
        int depth = 0;
        int collectionAliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event event : new Parse(settings).parseString(text)) {
            int line = event.getStartMark().map(m -> m.getLine()).orElse(0);
            if (event.getEventId() == Event.ID.SequenceStart || event.getEventId() == Event.ID.MappingStart) {
                ((NodeEvent) event).getAnchor().ifPresent(anchor -> collectionAnchors.add(anchor.getValue()));
                if (++depth > MAX_DEPTH) {
                    context.problems()
                            .error(
                                    context.at(line),
                                    "invalid YAML: lists or mappings nested more than " + MAX_DEPTH + " levels deep",
                                    Optional.of("front matter and configuration need only a few levels"));
                    return false;
                }
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                depth--;
            } else if (event instanceof AliasEvent alias
                    && collectionAnchors.contains(alias.getAlias().getValue())
                    && ++collectionAliases > MAX_ALIASES) {
                context.problems()
                        .error(
                                context.at(line),
                                "invalid YAML: more than " + MAX_ALIASES + " aliases (*name) of lists or mappings",
                                Optional.of("write the values out; the limit keeps a few lines "
                                        + "from expanding into billions of entries"));
                return false;
            }
        }
        return true;
    }

    /** What an editor left open, in words, from snakeyaml's context ("while scanning a quoted scalar"). */
    private static Optional<String> unclosed(String context) {
        if (context == null) {
            return Optional.empty();
        }
        if (context.contains("quoted scalar")) {
            return Optional.of("yaml.unclosedQuote");
        }
        if (context.contains("flow sequence")) {
            return Optional.of("yaml.unclosedList");
        }
        if (context.contains("flow mapping")) {
            return Optional.of("yaml.unclosedMapping");
        }
        return Optional.empty();
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null || problem.isBlank()) {
            return firstLineOf(e.getMessage());
        }
        return context == null || context.isBlank() ? problem : context + ": " + problem;
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
