package dev.mosaik.output.cache;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Severity;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a publishing build left behind, kept in the build cache under the address of everything its output was made
 * of (cache kind {@value #KIND}): how many pages in how many languages, the problems it reported (warnings: a build
 * with errors publishes nothing), and what its output folder held when it finished. A later build with the same
 * input whose output folder still matches has nothing to do: it reports the same problems and leaves the folder as
 * it is.
 */
public record BuildRecord(int pages, int languages, List<Problem> problems, OutputManifest output) {

    public static final String KIND = "builds";

    public BuildRecord {
        problems = List.copyOf(problems);
    }

    /** The record stored under {@code key} in {@code cache}; empty when there is none or it cannot be read. */
    public static Optional<BuildRecord> read(CacheFolder cache, String key) {
        return cache.read(KIND, key).flatMap(BuildRecord::decode);
    }

    /** Stores this record under {@code key}. */
    public void write(CacheFolder cache, String key) {
        cache.write(KIND, key, encode());
    }

    byte[] encode() {
        EntryData.Out out = new EntryData.Out().number(pages).number(languages).number(problems.size());
        for (Problem problem : problems) {
            out.string(problem.severity().name())
                    .string(problem.position().file())
                    .number(problem.position().line())
                    .string(problem.message())
                    .optional(problem.hint());
            text(out, problem.text());
            text(out, problem.hintText());
        }
        output.write(out);
        return out.bytes();
    }

    static Optional<BuildRecord> decode(byte[] bytes) {
        try {
            EntryData.In in = new EntryData.In(bytes);
            int pages = (int) in.number();
            int languages = (int) in.number();
            List<Problem> problems = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                problems.add(new Problem(
                        Severity.valueOf(in.string()),
                        new SourcePosition(in.string(), (int) in.number()),
                        in.string(),
                        in.optional(),
                        text(in),
                        text(in)));
            }
            BuildRecord record = new BuildRecord(pages, languages, problems, OutputManifest.read(in));
            in.end();
            return Optional.of(record);
        } catch (IOException | IllegalArgumentException e) {
            // An entry of another format (checksummed, so not a damaged one): no record, the build runs.
            return Optional.empty();
        }
    }

    /**
     * A message's key and arguments. The arguments keep what the message formats need: whole numbers and decimals
     * as numbers (plural rules and digits depend on them), everything else as the text it formats to.
     */
    private static void text(EntryData.Out out, Optional<UiText> text) {
        out.number(text.isPresent() ? 1 : 0);
        text.ifPresent(t -> {
            out.string(t.key()).number(t.arguments().size());
            for (Object argument : t.arguments()) {
                if (argument instanceof Long
                        || argument instanceof Integer
                        || argument instanceof Short
                        || argument instanceof Byte) {
                    out.string("l").number(((Number) argument).longValue());
                } else if (argument instanceof Number number) {
                    out.string("d").string(new BigDecimal(number.toString()).toString());
                } else {
                    out.string("s").string(String.valueOf(argument));
                }
            }
        });
    }

    private static Optional<UiText> text(EntryData.In in) throws IOException {
        long present = in.number();
        if (present == 0) {
            return Optional.empty();
        }
        String key = in.string();
        List<Object> arguments = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String type = in.string();
            arguments.add(
                    switch (type) {
                        case "l" -> in.number();
                        case "d" -> new BigDecimal(in.string());
                        case "s" -> in.string();
                        default -> throw new IOException("unknown argument type " + type);
                    });
        }
        return Optional.of(new UiText(key, arguments));
    }
}
