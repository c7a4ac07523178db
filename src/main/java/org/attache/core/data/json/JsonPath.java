package org.attache.core.data.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A path to a value inside a JSON document, written like $.actions[3].sources[0]. */
public final class JsonPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    public static final JsonPath ROOT = new JsonPath(null, null);

    /** Paths share their parents, so making one for every value of a large file costs one small object each. */
    private final JsonPath parent;
    private final Object segment; // a String member name or an Integer index; null only for the root
    private int hash;

    private JsonPath(JsonPath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
    }

    public JsonPath member(String name) {
        return new JsonPath(this, name);
    }

    public JsonPath index(int i) {
        return new JsonPath(this, i);
    }

    /** The path one level up; the root's parent is null. */
    public JsonPath parent() {
        return parent;
    }

    /** The segments from the root down. */
    private List<Object> segments() {
        ArrayDeque<Object> stack = new ArrayDeque<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) stack.push(p.segment);
        return new ArrayList<>(stack);
    }

    /** The value at this path inside {@code root}, or the deepest value on the way to it. */
    public JsonValue resolveIn(JsonValue root) {
        JsonValue current = root;
        for (Object segment : segments()) {
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
        for (Object segment : segments()) {
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
        if (this == o) return true;
        if (!(o instanceof JsonPath other) || hash != 0 && other.hash != 0 && hash != other.hash) return false;
        JsonPath a = this;
        JsonPath b = other;
        while (a != null && b != null) {
            if (a == b) return true;
            if (!java.util.Objects.equals(a.segment, b.segment)) return false;
            a = a.parent;
            b = b.parent;
        }
        return a == b;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && parent != null) {
            h = 31 * parent.hashCode() + segment.hashCode();
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }
}
