package dev.mosaik.translate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The little JSON the translation protocols need, through Jackson's streaming parser and generator. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}

    static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            body.accept(json);
            json.writeEndObject();
        }
        return out.toString();
    }

    static void stringArray(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * The strings at {@code property} of the top-level object: a string, an array of strings, or — with
     * {@code inner} — an array of objects each with a string {@code inner}. Empty when the body is not such JSON.
     */
    static Optional<List<String>> strings(String body, String property, Optional<String> inner) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<List<String>> found = Optional.empty();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals(property)) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_STRING && inner.isEmpty()) {
                    found = Optional.of(List.of(parser.getString()));
                } else if (value == JsonToken.START_ARRAY) {
                    found = array(parser, inner);
                } else {
                    return Optional.empty();
                }
                if (found.isEmpty()) {
                    return found;
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
                    ? found
                    : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> array(JsonParser parser, Optional<String> inner) {
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (inner.isEmpty()) {
                if (token != JsonToken.VALUE_STRING) {
                    return Optional.empty();
                }
                values.add(parser.getString());
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String text = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(inner.get()) && value == JsonToken.VALUE_STRING) {
                    text = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
            if (text == null) {
                return Optional.empty();
            }
            values.add(text);
        }
        return Optional.of(values);
    }
}
