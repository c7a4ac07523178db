package org.attache.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.attache.core.data.json.JsonPath;
import org.attache.core.data.json.JsonValue.JsonArray;
import org.attache.core.data.json.JsonValue.JsonBoolean;
import org.attache.core.data.json.JsonValue.JsonNull;
import org.attache.core.data.json.JsonValue.JsonNumber;
import org.attache.core.data.json.JsonValue.JsonObject;
import org.attache.core.data.json.JsonValue.JsonString;
import org.attache.core.data.json.JsonValue;
import org.attache.core.model.JsonEnum;
import org.attache.core.model.PartialDate;

/**
 * Typed access to the fields of one JSON object. Every missing or mistyped field is reported with its path,
 * and {@link #isValid()} tells whether the record can be built. Fields never asked for are warned about.
 */
final class RecordFields {
    private final JsonObject object;
    private final JsonPath path;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();
    private boolean valid = true;

    RecordFields(JsonObject object, JsonPath path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    JsonPath path() {
        return path;
    }

    JsonObject object() {
        return object;
    }

    boolean isValid() {
        return valid;
    }

    /** Reports an error on the whole record and marks it invalid. */
    void fail(String message) {
        problems.error(object, path, message);
        valid = false;
    }

    private JsonValue value(String name, boolean required) {
        read.add(name);
        JsonValue v = object.members().get(name);
        if (v instanceof JsonNull) {
            // null is not a way to leave a field out: the schema allows it only where it says so (nullableDate)
            problems.error(v, path.member(name), "\"" + name + "\" is null; " + (required
                    ? "it is required" : "give a value or leave the field out"));
            valid = false;
            return null;
        }
        if (v == null && required) {
            // placed on the record (where the field should be) and named by the field's path, so a form can show it there
            problems.error(object, path.member(name), "the required field \"" + name + "\" is missing");
            valid = false;
        }
        return v;
    }

    private void wrongType(String name, JsonValue v, String expected) {
        problems.error(v, path.member(name), "\"" + name + "\" should be " + expected + ", not " + v.describe());
        valid = false;
    }

    /** Free text (the schema's "string"): a blank value counts as left out unless the field is required. */
    String string(String name, boolean required) {
        return string(name, required, !required);
    }

    /** Text that must say something when it is there (the schema's "text", with its pattern \S). */
    String text(String name, boolean required) {
        return string(name, required, false);
    }

    private String string(String name, boolean required, boolean blankIsAbsent) {
        JsonValue v = value(name, required);
        if (v == null) return null;
        if (!(v instanceof JsonString s)) {
            wrongType(name, v, "text");
            return null;
        }
        if (s.value().isBlank()) {
            if (!blankIsAbsent) {
                problems.error(v, path.member(name), "\"" + name + "\" is empty");
                valid = false;
            }
            return null;
        }
        return s.value();
    }

    /** The schema's patterns for ids ("ga-91") and country codes ("LV"), enforced as the file is read. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final String ID_RULE = "an id is lower-case letters, digits and '-', such as ga-91";
    private static final String CODE_RULE = "a country code is two capital letters (ISO 3166-1), such as LV";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final String LANGUAGE_RULE = "a language is a tag such as en, id or zh-Hant";

    /** A record's id: required, and of the schema's form. */
    String id(String name) {
        return matching(name, true, ID, ID_RULE);
    }

    /** The id of another record (an assembly, a measure, an organisation): of the schema's form for ids. */
    String reference(String name, boolean required) {
        return matching(name, required, ID, ID_RULE);
    }

    /** A list of ids of other records; an empty list is as good as none. */
    List<String> references(String name) {
        return listMatching(name, ID, "an id", ID_RULE);
    }

    /**
     * The ids of the sources a record cites. When a record must cite one, an empty or missing list is left to the
     * validator ("cites no source"); where citing is optional, the list, when there, still names at least one.
     */
    List<String> sources(boolean required) {
        List<String> sources = references("sources");
        JsonValue v = object.members().get("sources");
        if (!required && v instanceof JsonArray a && a.elements().isEmpty()) {
            problems.error(v, path.member("sources"), "\"sources\" is an empty list; cite at least one source, "
                    + "or leave the field out");
        }
        return sources;
    }

    /** A language tag such as "en" or "zh-Hant". */
    String language(String name) {
        return matching(name, false, LANGUAGE, LANGUAGE_RULE);
    }

    /** A country code: two capital letters, as the schema says; nothing else, so a code can never be a path. */
    String code(String name, boolean required) {
        return matching(name, required, CODE, CODE_RULE);
    }

    List<String> codes(String name) {
        return listMatching(name, CODE, "a country code", CODE_RULE);
    }

    /** A list of texts each of the pattern's form; an entry of another form is reported with the rule. */
    private List<String> listMatching(String name, Pattern pattern, String what, String rule) {
        return list(name, (element, elementPath) -> {
            if (element instanceof JsonString s && pattern.matcher(s.value()).matches()) return s.value();
            problems.error(element, elementPath, "each entry of \"" + name + "\" should be " + what + ", not "
                    + (element instanceof JsonString s ? Printable.quote(s.value()) + ": " + rule : element.describe()));
            valid = false;
            return null;
        });
    }

    private String matching(String name, boolean required, Pattern pattern, String rule) {
        String value = text(name, required);
        if (value == null || pattern.matcher(value).matches()) return value;
        problems.error(value(name, false), path.member(name), "\"" + name + "\" is " + Printable.quote(value) + ": " + rule);
        valid = false;
        return null;
    }

    Double number(String name, boolean required) {
        JsonValue v = value(name, required);
        if (v == null) return null;
        if (!(v instanceof JsonNumber n)) {
            wrongType(name, v, "a number");
            return null;
        }
        if (!Double.isFinite(n.value())) {
            problems.error(v, path.member(name), "\"" + name + "\" is too large a number");
            valid = false;
            return null;
        }
        return n.value();
    }

    Integer integer(String name, boolean required) {
        JsonValue v = value(name, required);
        if (v == null) return null;
        if (!(v instanceof JsonNumber n) || !n.integral() || Math.abs(n.value()) > Integer.MAX_VALUE) {
            wrongType(name, v, "a whole number");
            return null;
        }
        return (int) n.value();
    }

    /** A whole number within the schema's range; outside it, a located error that gives the range. */
    Integer integerIn(String name, boolean required, long min, long max) {
        Integer n = integer(name, required);
        if (n != null && (n < min || n > max)) {
            problems.error(value(name, false), path.member(name), String.format("\"%s\" is %d; it must be from %,d to %,d",
                    name, n, min, max));
            valid = false;
            return null;
        }
        return n;
    }

    /** A number within the schema's range (so no figure is too large to draw or print). */
    Double numberIn(String name, boolean required, double min, double max) {
        Double n = number(name, required);
        if (n != null && (n < min || n > max)) {
            problems.error(value(name, false), path.member(name), String.format(Locale.ROOT,
                    "\"%s\" is %s; it must be from %,.0f to %,.0f", name, n, min, max));
            valid = false;
            return null;
        }
        return n;
    }

    /** A date that may be written as null ("since": null for "not known"), as the schema's nullableDate says. */
    PartialDate nullableDate(String name) {
        if (object.members().get(name) instanceof JsonNull) {
            read.add(name);
            return null;
        }
        return date(name, false);
    }

    /** A true or false the record must state. */
    boolean requiredBool(String name) {
        JsonValue v = value(name, true);
        if (v != null && !(v instanceof JsonBoolean)) wrongType(name, v, "true or false");
        return v instanceof JsonBoolean b && b.value();
    }

    boolean bool(String name, boolean defaultValue) {
        JsonValue v = value(name, false);
        if (v == null) return defaultValue;
        if (!(v instanceof JsonBoolean b)) {
            wrongType(name, v, "true or false");
            return defaultValue;
        }
        return b.value();
    }

    PartialDate date(String name, boolean required) {
        String text = text(name, required);
        if (text == null) return null;
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            problems.error(object.members().get(name), path.member(name), "\"" + name + "\": " + e.getMessage());
            valid = false;
            return null;
        }
    }

    <E extends Enum<E> & JsonEnum> E enumValue(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        if (text == null) return null;
        E e = JsonEnum.fromJson(type, text);
        if (e == null) {
            problems.error(object.members().get(name), path.member(name),
                    "\"" + name + "\" is " + Printable.quote(text) + "; expected " + JsonEnum.allowed(type));
            valid = false;
        }
        return e;
    }

    RecordFields object(String name) {
        JsonValue v = value(name, false);
        if (v == null) return null;
        if (!(v instanceof JsonObject o)) {
            wrongType(name, v, "an object");
            return null;
        }
        return new RecordFields(o, path.member(name), problems);
    }

    /** A list of texts; a missing list is empty. Non-text elements are reported and skipped. */
    List<String> strings(String name) {
        return list(name, (element, elementPath) -> {
            if (element instanceof JsonString s && !s.value().isBlank()) return s.value();
            problems.error(element, elementPath, "each entry of \"" + name + "\" should be non-empty text, not "
                    + element.describe());
            valid = false;
            return null;
        });
    }

    <E extends Enum<E> & JsonEnum> List<E> enums(String name, Class<E> type) {
        return list(name, (element, elementPath) -> {
            E e = element instanceof JsonString s ? JsonEnum.fromJson(type, s.value()) : null;
            if (e == null) {
                problems.error(element, elementPath, "each entry of \"" + name + "\" should be one of "
                        + JsonEnum.allowed(type) + ", not " + element.describe());
                valid = false;
            }
            return e;
        });
    }

    private <T> List<T> list(String name, BiFunction<JsonValue, JsonPath, T> convert) {
        JsonValue v = value(name, false);
        if (v == null) return List.of();
        if (!(v instanceof JsonArray array)) {
            wrongType(name, v, "a list");
            return List.of();
        }
        List<T> result = new ArrayList<>(array.elements().size());
        JsonPath listPath = path.member(name);
        for (int i = 0; i < array.elements().size(); i++) {
            T item = convert.apply(array.elements().get(i), listPath.index(i));
            if (item != null) result.add(item);
        }
        return result;
    }

    /** Records that a field was read by other means, so it is not reported as unknown. */
    void markRead(String name) {
        read.add(name);
    }

    /** Warns about the fields no one asked for: likely typos, or fields of a newer format. */
    void warnUnknownFields() {
        for (var member : object.members().entrySet()) {
            if (!read.contains(member.getKey())) {
                problems.warning(member.getValue(), path.member(member.getKey()),
                        "unknown field \"" + member.getKey() + "\" is ignored");
            }
        }
    }
}
