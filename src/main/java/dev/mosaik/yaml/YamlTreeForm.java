package dev.mosaik.yaml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A composed YAML node tree in a compact form, and back: what {@link YamlMapping} reads of it — each node's kind,
 * tag, text and the line and column it starts on — so that a text parsed once need not be parsed again. A tree
 * that shares a node (an alias) has no compact form: aliases are rare in front matter, and writing a shared node
 * out once per use could make a small text's form huge.
 */
final class YamlTreeForm {

    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    /**
     * Tags the resolver hands out as these very objects; {@link YamlMapping} compares some by identity
     * ({@code == Tag.NULL}), so they come back as the same objects.
     */
    private static final List<Tag> CONSTANT_TAGS =
            List.of(Tag.NULL, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.SEQ, Tag.MAP, Tag.SET, Tag.BINARY);

    private YamlTreeForm() {}

    /** The tree's compact form; empty when a node occurs in it twice. */
    static Optional<byte[]> encode(Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            if (!write(root, out, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return Optional.of(bytes.toByteArray());
    }

    private static boolean write(Node node, DataOutputStream out, Set<Node> seen) throws IOException {
        if (!seen.add(node)) {
            return false;
        }
        Mark start = node.getStartMark().orElse(null);
        int kind = node instanceof ScalarNode ? SCALAR : node instanceof SequenceNode ? SEQUENCE : MAPPING;
        out.writeByte(kind);
        int constant = identityIndex(node.getTag());
        out.writeByte(constant);
        if (constant < 0) {
            out.writeUTF(node.getTag().getValue());
        }
        out.writeInt(start == null ? -1 : start.getLine());
        out.writeInt(start == null ? -1 : start.getColumn());
        if (node instanceof ScalarNode scalar) {
            writeText(scalar.getValue(), out);
            out.writeByte(scalar.getScalarStyle().ordinal());
            return true;
        }
        if (node instanceof SequenceNode sequence) {
            out.writeInt(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                if (!write(item, out, seen)) {
                    return false;
                }
            }
            return true;
        }
        if (!(node instanceof MappingNode mapping)) {
            return false; // no other kind of node exists; should one come, it is parsed each time
        }
        out.writeInt(mapping.getValue().size());
        for (NodeTuple tuple : mapping.getValue()) {
            if (!write(tuple.getKeyNode(), out, seen) || !write(tuple.getValueNode(), out, seen)) {
                return false;
            }
        }
        return true;
    }

    private static int identityIndex(Tag tag) {
        for (int i = 0; i < CONSTANT_TAGS.size(); i++) {
            if (CONSTANT_TAGS.get(i) == tag) {
                return i;
            }
        }
        return -1;
    }

    /** Texts of any length (writeUTF stops at 64 KB). */
    private static void writeText(String text, DataOutputStream out) throws IOException {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * The tree again, its marks named {@code label} as the parser names them.
     *
     * @throws IOException when {@code form} is not what {@link #encode} wrote
     */
    static Node decode(byte[] form, String label) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(form));
        Node root = read(in, label, form.length, 0);
        if (in.available() > 0) {
            throw new IOException("trailing bytes");
        }
        return root;
    }

    private static Node read(DataInputStream in, String label, int limit, int depth) throws IOException {
        if (depth > 100) {
            throw new IOException("nested too deeply");
        }
        int kind = in.readByte();
        int constant = in.readByte();
        if (constant >= CONSTANT_TAGS.size()) {
            throw new IOException("unknown tag");
        }
        Tag tag = constant < 0 ? new Tag(in.readUTF()) : CONSTANT_TAGS.get(constant);
        int line = in.readInt();
        int column = in.readInt();
        Optional<Mark> start =
                line < 0 ? Optional.empty() : Optional.of(new Mark(label, 0, line, column, new int[0], 0));
        switch (kind) {
            case SCALAR -> {
                byte[] utf8 = new byte[count(in, limit)];
                in.readFully(utf8);
                int style = in.readByte();
                if (style < 0 || style >= ScalarStyle.values().length) {
                    throw new IOException("unknown style");
                }
                return new ScalarNode(
                        tag,
                        true,
                        new String(utf8, java.nio.charset.StandardCharsets.UTF_8),
                        ScalarStyle.values()[style],
                        start,
                        Optional.empty());
            }
            case SEQUENCE -> {
                List<Node> items = new ArrayList<>();
                for (int i = count(in, limit); i > 0; i--) {
                    items.add(read(in, label, limit, depth + 1));
                }
                return new SequenceNode(tag, true, items, FlowStyle.AUTO, start, Optional.empty());
            }
            case MAPPING -> {
                List<NodeTuple> entries = new ArrayList<>();
                for (int i = count(in, limit); i > 0; i--) {
                    Node key = read(in, label, limit, depth + 1);
                    entries.add(new NodeTuple(key, read(in, label, limit, depth + 1)));
                }
                return new MappingNode(tag, true, entries, FlowStyle.AUTO, start, Optional.empty());
            }
            default -> throw new IOException("unknown kind of node " + kind);
        }
    }

    private static int count(DataInputStream in, int limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > limit) {
            throw new IOException("count out of range: " + count);
        }
        return count;
    }
}
