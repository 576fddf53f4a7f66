package dev.mosaik.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What a machine translation was made from, block by block: for every segment the fingerprint of its German
 * text and what the machine wrote for it. Kept beside the content, in {@code .mosaik/tm/KEY.LANG.json}, not in
 * the translation's front matter: an editor opening the translated page sees the page, not a hundred hashes,
 * and a person's edit of the page cannot garble the record. {@code --update} compares it with the original
 * today (which blocks changed) and with the translation today (which blocks a person edited).
 */
record TranslationMemory(Map<String, Entry> segments) {

    /** One segment: the fingerprint of its source text and the machine's translation of it. */
    record Entry(String source, String machine) {}

    TranslationMemory {
        segments = Map.copyOf(segments);
    }

    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Segments in the order given (file order), so the same translation writes the same bytes. */
    String json(Iterable<String> order) {
        return Json.write(json -> {
                    json.writeArrayPropertyStart("segments");
                    for (String id : order) {
                        Entry entry = segments.get(id);
                        if (entry == null) {
                            continue;
                        }
                        json.writeStartObject();
                        json.writeStringProperty("id", id);
                        json.writeStringProperty("source", entry.source());
                        json.writeStringProperty("machine", entry.machine());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                })
                + "\n";
    }

    /** The memory in {@code text}, or empty when it is not one (a hand-edited or truncated file: everything is translated anew). */
    static Optional<TranslationMemory> parse(String text) {
        Map<String, Entry> segments = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT
                    || parser.nextToken() != JsonToken.PROPERTY_NAME
                    || !parser.currentName().equals("segments")
                    || parser.nextToken() != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (parser.nextToken() != JsonToken.VALUE_STRING) {
                        return Optional.empty();
                    }
                    fields.put(name, parser.getString());
                }
                if (!fields.keySet().containsAll(java.util.List.of("id", "source", "machine"))) {
                    return Optional.empty();
                }
                segments.put(fields.get("id"), new Entry(fields.get("source"), fields.get("machine")));
            }
        } catch (JacksonException e) {
            return Optional.empty();
        }
        return Optional.of(new TranslationMemory(segments));
    }
}
