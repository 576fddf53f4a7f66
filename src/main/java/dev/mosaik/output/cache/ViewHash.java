package dev.mosaik.output.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A structural hash of a view record: the record's class and each of its components in order, down to strings,
 * numbers, booleans, enums, {@code Optional}s, lists, maps and {@code java.time} values, each with a tag and a length
 * where it has one, so that no two different views hash alike. Any other type is a bug ({@link IllegalStateException}
 * naming the path to it): hashing an arbitrary object by its {@code toString()} or {@code hashCode()} could give two
 * different views one key, and the build would serve a stale page.
 *
 * <p>Maps are hashed in their iteration order where that order is part of the map ({@code LinkedHashMap},
 * {@code SortedMap}); an immutable {@code Map.of}/{@code Map.copyOf} map or a {@code HashMap} is hashed in the order of
 * its (string) keys, since its iteration order is no part of its value ({@code Map.of} changes it from one run of the
 * JVM to the next, so no deterministic template can depend on it).
 */
final class ViewHash {

    /** The name and the accessors of each record class, looked up once per class. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            List<Accessor> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method method = component.getAccessor();
                // Views are often package-private records of the render package.
                method.setAccessible(true);
                accessors.add(new Accessor(component.getName(), method));
            }
            return new Shape(bytes(type.getName()), bytes(Integer.toString(accessors.size())), List.copyOf(accessors));
        }
    };

    /** The tags that tell the kinds of value apart, encoded once. */
    private static final byte[] NULL = bytes("null"),
            STRING = bytes("s"),
            RECORD = bytes("record"),
            LIST = bytes("list"),
            SOME = bytes("some"),
            NONE = bytes("none"),
            MAP = bytes("map");

    /** A record class as the hash takes it: its name and number of components (as text), and how to read them. */
    private record Shape(byte[] name, byte[] size, List<Accessor> accessors) {}

    private record Accessor(String name, Method method) {
        Object of(Object record) {
            try {
                return method.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    /**
     * The parts of the hash, each with its length as {@link CacheKey} frames them, gathered here and added to the key as
     * one part: a view has hundreds of small parts, and one call to the digest with one array is cheaper than two per
     * part.
     */
    private byte[] parts = new byte[16 * 1024];

    private int size;

    private ViewHash() {}

    /** Adds {@code value}'s structure to {@code key}. */
    static CacheKey add(CacheKey key, Object value) {
        ViewHash hash = new ViewHash();
        hash.value(value);
        return key.add(Arrays.copyOf(hash.parts, hash.size));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ViewHash part(byte[] part) {
        if (size + Integer.BYTES + part.length > parts.length) {
            parts = Arrays.copyOf(parts, Math.max(parts.length * 2, size + Integer.BYTES + part.length));
        }
        parts[size] = (byte) (part.length >>> 24);
        parts[size + 1] = (byte) (part.length >>> 16);
        parts[size + 2] = (byte) (part.length >>> 8);
        parts[size + 3] = (byte) part.length;
        System.arraycopy(part, 0, parts, size + Integer.BYTES, part.length);
        size += Integer.BYTES + part.length;
        return this;
    }

    private ViewHash part(String part) {
        return part(bytes(part));
    }

    private ViewHash part(long number) {
        return part(Long.toString(number));
    }

    /** Whether values of {@code type} are hashed as leaves (no components to walk): for the test of the views' types. */
    static boolean isLeaf(Class<?> type) {
        return type == String.class
                || type == Boolean.class
                || type == boolean.class
                || type == Character.class
                || type == char.class
                || isWholeNumber(type)
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class
                || type.isEnum()
                || (TemporalAccessor.class.isAssignableFrom(type)
                        && type.getName().startsWith("java.time."))
                || java.time.Duration.class == type
                || java.time.Period.class == type
                || java.time.ZoneId.class.isAssignableFrom(type);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == Byte.class
                || type == byte.class;
    }

    private void value(Object value) {
        if (value == null) {
            part(NULL);
        } else if (value instanceof String text) {
            part(STRING).part(text);
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof List<?> list) {
            part(LIST).part(list.size());
            for (int i = 0; i < list.size(); i++) {
                at(false, i, list.get(i));
            }
        } else if (value instanceof Optional<?> optional) {
            part(optional.isPresent() ? SOME : NONE);
            optional.ifPresent(v -> at(true, "get()", v));
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (isLeaf(value.getClass())) {
            leaf(value);
        } else {
            throw new Unhashable(
                    "",
                    "a value of " + value.getClass().getName()
                            + ", which the page cache cannot hash: give the view a record or a plain value instead");
        }
    }

    private void leaf(Object value) {
        if (value instanceof Boolean || value instanceof Character || isWholeNumber(value.getClass())) {
            part(value.getClass().getSimpleName()).part(value.toString());
        } else if (value instanceof Double || value instanceof Float) {
            part("double").part(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Enum<?> constant) {
            part("enum").part(constant.getDeclaringClass().getName()).part(constant.name());
        } else {
            // java.time's text forms are their ISO values, defined by the JDK: a value's text is the value.
            part(value.getClass().getName()).part(value.toString());
        }
    }

    private void record(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        part(RECORD).part(shape.name()).part(shape.size());
        for (Accessor accessor : shape.accessors()) {
            at(true, accessor.name(), accessor.of(record));
        }
    }

    private void map(Map<?, ?> map) {
        List<? extends Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (!ordered(map)) {
            if (!unordered(map)) {
                throw new Unhashable(
                        "",
                        "a map of " + map.getClass().getName()
                                + ", whose order the page cache cannot judge: use a LinkedHashMap, a TreeMap or Map.copyOf");
            }
            if (!entries.stream().allMatch(e -> e.getKey() instanceof String)) {
                throw new Unhashable("", "an unordered map with keys other than strings");
            }
            entries.sort(Comparator.comparing(e -> (String) e.getKey()));
        }
        part(MAP).part(entries.size());
        for (Map.Entry<?, ?> entry : entries) {
            value(entry.getKey());
            at(false, entry.getKey(), entry.getValue());
        }
    }

    private static boolean ordered(Map<?, ?> map) {
        return map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>;
    }

    private static boolean unordered(Map<?, ?> map) {
        return map.getClass() == HashMap.class
                || map.getClass().getName().startsWith("java.util.ImmutableCollections$Map");
    }

    /**
     * Hashes a part of the view, naming where it sits when it cannot be hashed: {@code .label} for a record's
     * component, {@code [label]} for an element or a map's entry. The name is made only then, since every component
     * of every page passes here.
     */
    private void at(boolean component, Object label, Object part) {
        try {
            value(part);
        } catch (Unhashable e) {
            throw new Unhashable((component ? "." + label : "[" + label + "]") + e.path, e.reason);
        }
    }

    /** A value the hash cannot take: a bug in a view, named by its path from the view ({@code .chrome.site}). */
    static final class Unhashable extends IllegalStateException {
        private final String path;
        private final String reason;

        Unhashable(String path, String reason) {
            super("the view" + path + " holds " + reason);
            this.path = path;
            this.reason = reason;
        }
    }
}
