package dev.mosaik.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The excerpt of schema.org in {@code schema-org/vocabulary.tsv}, and a check of parsed JSON-LD against it: every
 * property of every typed object is defined for its type, and what rich results ask for is there.
 */
final class SchemaOrgVocabulary {

    private final Map<String, Set<String>> properties = new LinkedHashMap<>();
    private final Map<String, List<String>> expected = new LinkedHashMap<>();

    SchemaOrgVocabulary() throws IOException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schema-org/vocabulary.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                raw.put(columns[0], List.of(columns[1].split(",")));
                expected.put(columns[0], columns.length > 2 ? List.of(columns[2].split(",")) : List.of());
            }
        }
        raw.keySet().forEach(type -> properties.put(type, resolve(type, raw)));
    }

    private static Set<String> resolve(String type, Map<String, List<String>> raw) {
        Set<String> all = new LinkedHashSet<>();
        for (String entry : raw.get(type)) {
            if (entry.startsWith("@")) {
                all.addAll(resolve(entry.substring(1), raw));
            } else {
                all.add(entry);
            }
        }
        return all;
    }

    /** Every problem of {@code node} and the objects in it, as "Type.property: what is wrong". */
    List<String> problems(Object node) {
        List<String> problems = new ArrayList<>();
        check(node, problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void check(Object node, List<String> problems) {
        if (node instanceof List<?> list) {
            list.forEach(item -> check(item, problems));
        } else if (node instanceof Map<?, ?> map) {
            Object type = map.get("@type");
            if (!(type instanceof String name) || !properties.containsKey(name)) {
                problems.add("object without a known @type: " + map);
                return;
            }
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (!entry.getKey().startsWith("@") && !properties.get(name).contains(entry.getKey())) {
                    problems.add(name + "." + entry.getKey() + ": not a property of " + name);
                }
                check(entry.getValue(), problems);
            }
            expected.get(name).stream()
                    .filter(p -> !map.containsKey(p))
                    .forEach(p -> problems.add(name + "." + p + ": missing"));
        }
    }

    /** JSON text as maps, lists, strings, numbers and booleans. */
    static Object parse(String json) {
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getString();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> throw new IllegalArgumentException("unexpected " + token);
        }
    }
}
