package dev.mosaik.yaml;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read with types and positions. Every accessor reports a wrong type as a problem at the
 * value's line and returns empty, so one reading pass finds all mistakes of a file instead of the first.
 */
public final class YamlMapping {

    private final YamlContext context;
    private final SourcePosition position;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMapping(MappingNode node, YamlContext context) {
        this.context = context;
        this.position = context.positionOf(node);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                context.problems()
                        .error(context.positionOf(keyNode), "keys must be plain words, found " + kindOf(keyNode));
                continue;
            }
            String key = scalarKey.getValue();
            if (entries.containsKey(key)) {
                context.problems().error(context.positionOf(keyNode), "duplicate key '" + key + "'");
                continue;
            }
            entries.put(key, tuple);
        }
    }

    private YamlMapping(YamlContext context) {
        this.context = context;
        this.position = new SourcePosition(context.file(), context.firstLine());
    }

    static YamlMapping empty(YamlContext context) {
        return new YamlMapping(context);
    }

    /** The position of the mapping itself. */
    public SourcePosition position() {
        return position;
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    public SourcePosition positionOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : context.positionOf(tuple.getKeyNode());
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    /** Reports every key not in {@code known}, with the closest known key as a hint. */
    public void allowOnly(Collection<String> known) {
        allowOnly(known, Map.of());
    }

    /** Like {@link #allowOnly(Collection)}; a key in {@code synonyms} (a German name, say) suggests the key it means. */
    public void allowOnly(Collection<String> known, Map<String, String> synonyms) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                context.problems()
                        .error(
                                positionOf(key),
                                UiText.of("yaml.unknownKey", key),
                                DidYouMean.suggest(key, known, synonyms));
            }
        }
    }

    public Optional<String> string(String key) {
        return scalar(key, "text").map(s -> text(key, s));
    }

    /** A scalar's text, with direction controls confined to it (see {@link DirectionControls}). */
    private String text(String key, ScalarNode scalar) {
        String value = scalar.getValue();
        DirectionControls.first(value)
                .ifPresent(control -> context.problems()
                        .warning(
                                context.positionOf(scalar),
                                "'" + key + "' contains an invisible direction control ("
                                        + DirectionControls.describe(control)
                                        + "); it is isolated so that it cannot reorder the text around it",
                                Optional.of("delete it unless it was put there on purpose")));
        return DirectionControls.isolate(value);
    }

    /** A string that must be present and not blank; reports its absence at the mapping. */
    public Optional<String> requiredString(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            context.problems().error(position, UiText.of("yaml.missingKey", key));
        } else if (value.isPresent() && value.get().isBlank() || value.isEmpty() && isNull(key)) {
            context.problems().error(positionOf(key), UiText.of("yaml.empty", key));
            return Optional.empty();
        }
        return value.filter(v -> !v.isBlank());
    }

    /** A text that must be one of {@code allowed}; anything else is reported with the allowed values. */
    public Optional<String> oneOf(String key, List<String> allowed) {
        return scalar(key, "one of " + String.join(", ", allowed)).flatMap(s -> {
            if (allowed.contains(s.getValue())) {
                return Optional.of(s.getValue());
            }
            context.problems()
                    .error(
                            context.positionOf(s),
                            UiText.of("yaml.oneOf", key, String.join(", ", allowed), s.getValue()),
                            DidYouMean.suggest(s.getValue(), allowed));
            return Optional.empty();
        });
    }

    /** Like {@link #oneOf} but reports the key's absence. */
    public Optional<String> requiredOneOf(String key, List<String> allowed) {
        if (!has(key)) {
            context.problems().error(positionOf(key), UiText.of("yaml.missingOneOf", key, String.join(", ", allowed)));
            return Optional.empty();
        }
        return oneOf(key, allowed);
    }

    public Optional<Boolean> bool(String key) {
        return typed(key, Tag.BOOL, "true or false", "yaml.notBool").map(s -> Boolean.valueOf(s.getValue()));
    }

    public Optional<Integer> integer(String key) {
        return typed(key, Tag.INT, "a whole number", "yaml.notInteger").flatMap(s -> {
            try {
                return Optional.of(Integer.decode(s.getValue()));
            } catch (NumberFormatException e) {
                context.problems().error(context.positionOf(s), "'" + key + "' is too large: " + s.getValue());
                return Optional.empty();
            }
        });
    }

    /** A number such as a fee: {@code 0}, {@code 120} or {@code 89.50}. */
    public Optional<java.math.BigDecimal> decimal(String key) {
        return scalar(key, "a number").flatMap(s -> {
            try {
                return Optional.of(new java.math.BigDecimal(s.getValue().strip()));
            } catch (NumberFormatException e) {
                context.problems().error(context.positionOf(s), UiText.of("yaml.notNumber", key, s.getValue()));
                return Optional.empty();
            }
        });
    }

    /** A calendar date: {@code 2024-05-31}; a date-time is accepted and its date part used. */
    public Optional<LocalDate> date(String key) {
        return scalar(key, "a date").flatMap(s -> {
            Optional<LocalDate> parsed = YamlDates.parse(s.getValue());
            if (parsed.isEmpty()) {
                context.problems().error(context.positionOf(s), YamlDates.notADate(key, s.getValue()));
            }
            return parsed;
        });
    }

    /** A list of texts; a single text is taken as a list of one, which is what editors mean by it. */
    public List<String> strings(String key) {
        return located(key).stream().map(Located::value).toList();
    }

    /** A text of a list with its own line, for messages about one entry of a long list. */
    public record Located(String value, SourcePosition position) {}

    /** Like {@link #strings}, each text with its line. */
    public List<Located> located(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return List.of(new Located(text(key, scalar), context.positionOf(scalar)));
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            wrongType(key, node.get(), "a list of texts");
            return List.of();
        }
        List<Located> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && scalar.getTag() != Tag.NULL) {
                values.add(new Located(text(key, scalar), context.positionOf(item)));
            } else {
                context.problems()
                        .error(context.positionOf(item), "'" + key + "' must list texts, found " + kindOf(item));
            }
        }
        return List.copyOf(values);
    }

    /** Whether the value of {@code key} is a nested mapping (asks without reporting anything). */
    public boolean isMapping(String key) {
        return value(key).filter(MappingNode.class::isInstance).isPresent();
    }

    public Optional<YamlMapping> mapping(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, context));
        }
        wrongType(key, node.get(), "'key: value' lines");
        return Optional.empty();
    }

    public List<YamlMapping> mappings(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            wrongType(key, node.get(), "a list of entries starting with '- '");
            return List.of();
        }
        List<YamlMapping> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                values.add(new YamlMapping(mapping, context));
            } else {
                context.problems()
                        .error(
                                context.positionOf(item),
                                "each entry of '" + key + "' must be 'key: value' lines, found " + kindOf(item));
            }
        }
        return List.copyOf(values);
    }

    /** Free-form texts keyed by name, e.g. theme parameters; nested values are reported. */
    public Map<String, String> stringMap(String key) {
        Optional<YamlMapping> nested = mapping(key);
        if (nested.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : nested.get().keys()) {
            nested.get().string(name).ifPresent(v -> values.put(name, v));
        }
        return Map.copyOf(values);
    }

    private boolean isNull(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode().getTag() == Tag.NULL;
    }

    /** Whether the value of {@code key} is a list (asks without reporting anything). */
    public boolean isList(String key) {
        return value(key).filter(SequenceNode.class::isInstance).isPresent();
    }

    /**
     * Every text below {@code key} — the value itself, the entries of a list, the values of nested mappings, at any
     * depth — each with its line, except those under a nested key in {@code skipped}. For reading the prose of
     * a structure without knowing its shape (e.g. to search it); reports nothing.
     */
    public List<Located> textsBelow(String key, Set<String> skipped) {
        List<Located> found = new ArrayList<>();
        value(key).ifPresent(node -> collectTexts(node, skipped, found));
        return List.copyOf(found);
    }

    private void collectTexts(Node node, Set<String> skipped, List<Located> into) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag() != Tag.NULL) {
                into.add(new Located(DirectionControls.isolate(scalar.getValue()), context.positionOf(scalar)));
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> collectTexts(item, skipped, into));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode k && skipped.contains(k.getValue()))) {
                    collectTexts(tuple.getValueNode(), skipped, into);
                }
            }
        }
    }

    /** The value node; an explicit null ({@code key:} with nothing after it) counts as absent. */
    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || tuple.getValueNode().getTag() == Tag.NULL) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private Optional<ScalarNode> scalar(String key, String expected) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar);
        }
        wrongType(key, node.get(), expected);
        return Optional.empty();
    }

    private Optional<ScalarNode> typed(String key, Tag tag, String expected, String message) {
        Optional<ScalarNode> scalar = scalar(key, expected);
        if (scalar.isPresent() && !scalar.get().getTag().equals(tag)) {
            context.problems()
                    .error(
                            context.positionOf(scalar.get()),
                            UiText.of(message, key, scalar.get().getValue()));
            return Optional.empty();
        }
        return scalar;
    }

    private void wrongType(String key, Node node, String expected) {
        context.problems()
                .error(context.positionOf(node), "'" + key + "' must be " + expected + ", found " + kindOf(node));
    }

    static String kindOf(Node node) {
        if (node instanceof MappingNode) {
            return "'key: value' lines";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return "something else";
    }
}
