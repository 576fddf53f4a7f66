package dev.mosaik.yaml;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/** Where a YAML text came from, to turn snakeyaml's 0-based marks into file lines. */
record YamlContext(String file, int firstLine, Problems problems) {

    SourcePosition at(int zeroBasedLine) {
        return new SourcePosition(file, firstLine + zeroBasedLine);
    }

    SourcePosition positionOf(Node node) {
        return node.getStartMark().map(m -> at(m.getLine())).orElse(new SourcePosition(file, firstLine));
    }
}
