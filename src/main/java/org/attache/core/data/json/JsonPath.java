package org.attache.core.data.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A path to a value inside a JSON document, written like $.actions[3].sources[0]. */
public final class JsonPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    public static final JsonPath ROOT = new JsonPath(List.of());

    private final List<Object> segments; // String member names and Integer indexes

    private JsonPath(List<Object> segments) {
        this.segments = segments;
    }

    public JsonPath member(String name) {
        return append(name);
    }

    public JsonPath index(int i) {
        return append(i);
    }

    private JsonPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new JsonPath(List.copyOf(next));
    }

    /** The value at this path inside {@code root}, or the deepest value on the way to it. */
    public JsonValue resolveIn(JsonValue root) {
        JsonValue current = root;
        for (Object segment : segments) {
            JsonValue next = null;
            if (segment instanceof String name && current instanceof JsonValue.JsonObject obj) {
                next = obj.members().get(name);
            } else if (segment instanceof Integer i && current instanceof JsonValue.JsonArray arr
                    && i < arr.elements().size()) {
                next = arr.elements().get(i);
            }
            if (next == null) return current;
            current = next;
        }
        return current;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("$");
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else if (PLAIN_NAME.matcher((String) segment).matches()) {
                sb.append('.').append(segment);
            } else {
                sb.append("[\"").append(((String) segment).replace("\"", "\\\"")).append("\"]");
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
