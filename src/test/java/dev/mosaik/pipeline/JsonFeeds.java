package dev.mosaik.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON Feed and checks it against the structure JSON Feed 1.1 (https://jsonfeed.org/version/1.1) requires:
 * {@code version} and {@code title} at the top, {@code items} an array, each item with a string {@code id} and
 * {@code content_html} or {@code content_text}; addresses absolute, dates RFC 3339.
 */
final class JsonFeeds {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFeeds() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            Object value = value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return (Map<String, Object>) value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (object.put(name, value(parser, parser.nextToken())) != null) {
                        throw new IllegalArgumentException("duplicate key " + name);
                    }
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + token);
        };
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> feed) {
        return (List<Map<String, Object>>) feed.get("items");
    }

    /** What the feed lacks or gets wrong against JSON Feed 1.1; empty when it is valid. */
    static List<String> problems(Map<String, Object> feed) {
        List<String> problems = new ArrayList<>();
        if (!"https://jsonfeed.org/version/1.1".equals(feed.get("version"))) {
            problems.add("version is " + feed.get("version"));
        }
        requireString(feed, "title", "feed", problems);
        for (String url : List.of("home_page_url", "feed_url")) {
            if (feed.containsKey(url)) {
                absolute(feed.get(url), "feed " + url, problems);
            }
        }
        if (!(feed.get("items") instanceof List<?> items)) {
            problems.add("items is not an array");
            return problems;
        }
        for (Object entry : items) {
            if (!(entry instanceof Map<?, ?> item)) {
                problems.add("an item is not an object");
                continue;
            }
            String where = "item " + item.get("id");
            requireString((Map<String, Object>) item, "id", where, problems);
            if (!(item.get("content_html") instanceof String) && !(item.get("content_text") instanceof String)) {
                problems.add(where + " has neither content_html nor content_text");
            }
            if (item.get("content_html") instanceof String html && html.isBlank()) {
                problems.add(where + " has an empty content_html");
            }
            if (item.containsKey("url")) {
                absolute(item.get("url"), where + " url", problems);
            }
            for (String date : List.of("date_published", "date_modified")) {
                if (item.containsKey(date)
                        && !(item.get(date) instanceof String text
                                && text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)"))) {
                    problems.add(where + " " + date + " is no RFC 3339 date: " + item.get(date));
                }
            }
            if (item.containsKey("summary") && !(item.get("summary") instanceof String)) {
                problems.add(where + " summary is not a string");
            }
        }
        return problems;
    }

    private static void requireString(Map<String, Object> object, String key, String where, List<String> problems) {
        if (!(object.get(key) instanceof String text) || text.isBlank()) {
            problems.add(where + " has no " + key);
        }
    }

    private static void absolute(Object url, String what, List<String> problems) {
        if (!(url instanceof String text) || !text.matches("https?://.+")) {
            problems.add(what + " is not an absolute address: " + url);
        }
    }
}
