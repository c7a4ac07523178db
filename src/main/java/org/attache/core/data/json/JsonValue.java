package org.attache.core.data.json;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where in its text it began, so problems can point at it. The place is kept as one
 * packed number ({@link TextPosition#pack}) rather than an object: a large file has millions of values.
 */
public sealed interface JsonValue {
    /** The line and column packed by {@link TextPosition#pack}. */
    long at();

    default TextPosition position() {
        return TextPosition.unpack(at());
    }

    /** A word for error messages: "an object", "a number". */
    String describe();

    record JsonObject(Map<String, JsonValue> members, long at) implements JsonValue {
        public String describe() { return "an object"; }
    }

    record JsonArray(List<JsonValue> elements, long at) implements JsonValue {
        public String describe() { return "a list"; }
    }

    record JsonString(String value, long at) implements JsonValue {
        public String describe() { return "the text \"" + abbreviate(value) + "\""; }
    }

    record JsonNumber(double value, boolean integral, long at) implements JsonValue {
        public String describe() { return "the number " + (integral ? String.valueOf((long) value) : String.valueOf(value)); }
    }

    record JsonBoolean(boolean value, long at) implements JsonValue {
        public String describe() { return String.valueOf(value); }
    }

    record JsonNull(long at) implements JsonValue {
        public String describe() { return "null"; }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
