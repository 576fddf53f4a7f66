package dev.mosaik.yaml;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * YAML that mosaik writes (the {@code site.yaml} and front matter of {@code import-jbake}), through
 * snakeyaml-engine's emitter: a value with a colon, a quote, a line break or a {@code #} is quoted as YAML needs,
 * so no value taken from another project's files can add keys of its own (string concatenation could).
 */
public final class YamlWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE)
            .build();

    private YamlWriter() {}

    /**
     * {@code data} as a block-style YAML document (without {@code ---}). Values are strings, booleans, lists and
     * maps (kept in their iteration order, so use ordered maps).
     */
    public static String write(Map<String, ?> data) {
        return new Dump(SETTINGS).dumpToString(data);
    }
}
