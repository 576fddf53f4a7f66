package dev.mosaik.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The string values of a YAML text with where they stand in it, so that a value can be replaced in place
 * (a translated title) while every other byte of the text — keys, comments, quoting, facts — stays as it is.
 */
public final class YamlScalars {

    /**
     * One scalar value.
     *
     * @param path  keys and list indexes from the root, e.g. {@code measures.2.text}
     * @param value the value as YAML reads it (quotes and escapes resolved)
     * @param start the index in the text of its first character (a quote or block indicator included)
     * @param end   the index just after it
     * @param line  the 0-based line of the text it starts on
     */
    public record Scalar(String path, String value, int start, int end, int line) {}

    private YamlScalars() {}

    /** Every scalar value (not key) of {@code yaml} in document order; empty if the text is not valid YAML. */
    public static List<Scalar> of(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .build();
        List<Scalar> scalars = new ArrayList<>();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            root.ifPresent(node -> collect(node, "", yaml, scalars));
        } catch (YamlEngineException e) {
            return List.of();
        }
        return scalars;
    }

    private static void collect(Node node, String path, String yaml, List<Scalar> scalars) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    collect(tuple.getValueNode(), join(path, key.getValue()), yaml, scalars);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                collect(sequence.getValue().get(i), join(path, Integer.toString(i)), yaml, scalars);
            }
        } else if (node instanceof ScalarNode scalar
                && scalar.getStartMark().isPresent()
                && scalar.getEndMark().isPresent()) {
            // Marks count code points; Java strings count UTF-16 units.
            int start = yaml.offsetByCodePoints(0, scalar.getStartMark().get().getIndex());
            int end = yaml.offsetByCodePoints(0, scalar.getEndMark().get().getIndex());
            scalars.add(new Scalar(
                    path,
                    scalar.getValue(),
                    start,
                    end,
                    scalar.getStartMark().get().getLine()));
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** {@code value} as one double-quoted YAML scalar, escaped by the emitter, to stand where a value stood. */
    public static String quoted(String value) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .build();
        StringWriter out = new StringWriter();
        StreamDataWriter writer = new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        };
        Emitter emitter = new Emitter(settings, writer);
        new Serialize(settings)
                .serializeOne(new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED))
                .forEach(emitter::emit);
        String text = out.toString().strip();
        return text;
    }
}
