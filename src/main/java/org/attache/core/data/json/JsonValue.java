package org.attache.core.data.json;

import java.util.List;
import java.util.Map;

/** A JSON value that remembers where in its text it began, so problems can point at it. */
public sealed interface JsonValue {
    TextPosition position();

    /** A word for error messages: "an object", "a number". */
    String describe();

    record JsonObject(Map<String, JsonValue> members, TextPosition position) implements JsonValue {
        public String describe() { return "an object"; }
    }

    record JsonArray(List<JsonValue> elements, TextPosition position) implements JsonValue {
        public String describe() { return "a list"; }
    }

    record JsonString(String value, TextPosition position) implements JsonValue {
        public String describe() { return "the text \"" + abbreviate(value) + "\""; }
    }

    record JsonNumber(double value, boolean integral, TextPosition position) implements JsonValue {
        public String describe() { return "the number " + (integral ? String.valueOf((long) value) : String.valueOf(value)); }
    }

    record JsonBoolean(boolean value, TextPosition position) implements JsonValue {
        public String describe() { return String.valueOf(value); }
    }

    record JsonNull(TextPosition position) implements JsonValue {
        public String describe() { return "null"; }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
