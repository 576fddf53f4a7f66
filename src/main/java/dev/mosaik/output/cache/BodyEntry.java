package dev.mosaik.output.cache;

import dev.mosaik.content.AddressLink;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Severity;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.UiText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored body: the questions its rendering asked of the site with their answers, the HTML and the links the
 * finished build must confirm, and the warnings it reported (a body that reported an error is not stored: the build
 * fails, and some errors, like running out of time, need not recur).
 */
record BodyEntry(List<RecordingTargets.Question> questions, RenderedMarkdown body, List<Problem> warnings) {

    /** The entry as bytes; empty when a warning carries an argument this format cannot hold exactly. */
    Optional<byte[]> encode() {
        EntryData.Out out = new EntryData.Out();
        out.number(questions.size());
        for (RecordingTargets.Question question : questions) {
            out.string(Character.toString(question.kind()))
                    .string(question.argument())
                    .string(question.answer());
        }
        out.string(body.html()).number(body.laterLinks().size());
        for (AddressLink link : body.laterLinks()) {
            out.string(link.written()).string(link.address()).optional(link.alternative());
            position(out, link.position());
        }
        out.number(warnings.size());
        for (Problem warning : warnings) {
            if (!storable(warning.text()) || !storable(warning.hintText())) {
                return Optional.empty();
            }
            position(out, warning.position());
            out.string(warning.message()).optional(warning.hint());
            text(out, warning.text());
            text(out, warning.hintText());
        }
        return Optional.of(out.bytes());
    }

    static BodyEntry decode(byte[] bytes) throws IOException {
        EntryData.In in = new EntryData.In(bytes);
        List<RecordingTargets.Question> questions = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String kind = in.string();
            if (kind.length() != 1) {
                throw new IOException("not a question");
            }
            questions.add(new RecordingTargets.Question(kind.charAt(0), in.string(), in.string()));
        }
        String html = in.string();
        List<AddressLink> links = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            links.add(new AddressLink(in.string(), in.string(), in.optional(), position(in)));
        }
        List<Problem> warnings = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            warnings.add(new Problem(Severity.WARNING, position(in), in.string(), in.optional(), text(in), text(in)));
        }
        in.end();
        return new BodyEntry(questions, new RenderedMarkdown(html, links), warnings);
    }

    private static void position(EntryData.Out out, SourcePosition position) {
        out.string(position.file()).number(position.line());
    }

    private static SourcePosition position(EntryData.In in) throws IOException {
        return new SourcePosition(in.string(), (int) in.number());
    }

    /** Only strings and whole numbers: what they print as is all a message needs, and they read back as they were. */
    private static boolean storable(Optional<UiText> text) {
        return text.map(t -> t.arguments().stream()
                        .allMatch(a -> a instanceof String || a instanceof Integer || a instanceof Long))
                .orElse(true);
    }

    private static void text(EntryData.Out out, Optional<UiText> text) {
        out.number(text.isPresent() ? 1 : 0);
        text.ifPresent(t -> {
            out.string(t.key()).number(t.arguments().size());
            for (Object argument : t.arguments()) {
                out.string(argument instanceof String ? "s" : argument instanceof Integer ? "i" : "l")
                        .string(argument.toString());
            }
        });
    }

    private static Optional<UiText> text(EntryData.In in) throws IOException {
        Optional<String> key = in.optional();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Object> arguments = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String type = in.string();
            String value = in.string();
            try {
                arguments.add(
                        switch (type) {
                            case "s" -> value;
                            case "i" -> Integer.valueOf(value);
                            case "l" -> Long.valueOf(value);
                            default -> throw new IOException("unknown argument type " + type);
                        });
            } catch (NumberFormatException e) {
                throw new IOException(e);
            }
        }
        return Optional.of(new UiText(key.get(), arguments));
    }
}
