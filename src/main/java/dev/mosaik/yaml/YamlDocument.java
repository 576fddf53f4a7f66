package dev.mosaik.yaml;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
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

    private YamlDocument() {
    }

    /**
     * @param file      the file, relative to the site root, for messages
     * @param firstLine the 1-based line of the file on which {@code text} starts
     * @return the top-level mapping, or empty when the text is not a mapping (a problem has been reported)
     *         or is empty (an empty mapping is returned)
     */
    public static Optional<YamlMapping> parseMapping(String text, String file, int firstLine, Problems problems) {
        YamlContext context = new YamlContext(file, firstLine, problems);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine()).orElse(0);
            problems.error(context.at(line), "invalid YAML: " + describe(e),
                    Optional.of("check indentation, and quote values that contain ': ' or start with a special character"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(SourcePosition.file(file).atLine(firstLine), "invalid YAML: " + firstLineOf(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMapping.empty(context));
        }
        Node node = root.get();
        if (!(node instanceof MappingNode mapping)) {
            problems.error(context.positionOf(node), "expected 'key: value' lines, found " + YamlMapping.kindOf(node));
            return Optional.empty();
        }
        return Optional.of(new YamlMapping(mapping, context));
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
