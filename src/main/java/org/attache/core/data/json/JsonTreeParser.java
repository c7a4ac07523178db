package org.attache.core.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.data.Problems;
import org.attache.core.data.Severity;

/**
 * Reads JSON text into a tree of {@link JsonValue}s that keep their line and column.
 * Explicit limits make hostile input fail fast with an error instead of exhausting the stack or memory.
 */
public final class JsonTreeParser {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NAME_LENGTH = 1_000;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .build();

    private static final int SHARED_MAX_LENGTH = 64;
    private static final int SHARED_MAX_COUNT = 200_000;

    private final Problems problems;
    private final Map<String, String> strings = new HashMap<>();

    /** The parser factory with Attaché's limits, for other readers of the same files. */
    static JsonFactory factory() {
        return FACTORY;
    }

    public JsonTreeParser(Problems problems) {
        this.problems = problems;
    }

    /**
     * Parses one JSON document, or returns null for an empty one. Duplicate member names are reported to the
     * problems and the first one kept.
     *
     * @throws MalformedJsonException for syntax errors, bad encoding and broken limits, with a position
     * @throws IOException when the bytes cannot be read at all
     */
    public JsonValue parse(InputStream in) throws IOException, MalformedJsonException {
        try (JsonParser parser = parser(in)) {
            try {
                if (parser.nextToken() == null) return null;
                JsonValue root = read(parser, JsonPath.ROOT);
                if (parser.nextToken() != null) {
                    throw new MalformedJsonException("unexpected content after the end of the data", position(parser));
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new MalformedJsonException(JsonErrorMessages.plain(e), position(where));
            } catch (java.io.CharConversionException e) {
                if (e instanceof StrictUtf8Stream.InvalidUtf8 bad) throw utf8(bad);
                throw new MalformedJsonException("the file is not valid text in UTF-8 (" + e.getMessage() + ")",
                        position(parser.currentLocation()));
            }
        }
    }

    /**
     * Receives a document whose top level is an object one member at a time. A list's records arrive one by
     * one, each as its own small tree, so a large file is never held whole in memory.
     */
    public interface TopLevelHandler {
        /** A top-level member that is not a list. */
        void member(String name, JsonValue value);

        /** A top-level list begins at {@code at}; returns whether its elements are wanted. */
        boolean listStart(String name, TextPosition at);

        /** One element of a wanted list. */
        void listElement(String name, int index, JsonValue element);
    }

    /**
     * Parses one document, handing the top level's members to {@code handler} as they are read. Returns null
     * for an empty document; the whole value when it is not an object (nothing is handed over); otherwise the
     * top-level object, in which each list stands as an empty list at its position.
     *
     * @throws MalformedJsonException for syntax errors, bad encoding and broken limits, with a position
     * @throws IOException when the bytes cannot be read at all
     */
    public JsonValue stream(InputStream in, TopLevelHandler handler) throws IOException, MalformedJsonException {
        try (JsonParser parser = parser(in)) {
            try {
                if (parser.nextToken() == null) return null;
                JsonValue result = parser.currentToken() == JsonToken.START_OBJECT
                        ? streamObject(parser, handler) : read(parser, JsonPath.ROOT);
                if (parser.nextToken() != null) {
                    throw new MalformedJsonException("unexpected content after the end of the data", position(parser));
                }
                return result;
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new MalformedJsonException(JsonErrorMessages.plain(e), position(where));
            } catch (java.io.CharConversionException e) {
                if (e instanceof StrictUtf8Stream.InvalidUtf8 bad) throw utf8(bad);
                throw new MalformedJsonException("the file is not valid text in UTF-8 (" + e.getMessage() + ")",
                        position(parser.currentLocation()));
            }
        }
    }

    /** A parser over the bytes checked as strict UTF-8 (the check may already fail as the parser starts). */
    private static JsonParser parser(InputStream in) throws IOException, MalformedJsonException {
        try {
            return FACTORY.createParser(new StrictUtf8Stream(in));
        } catch (StrictUtf8Stream.InvalidUtf8 e) {
            throw utf8(e);
        } catch (java.io.CharConversionException e) {
            throw new MalformedJsonException("the file is not valid text in UTF-8 (" + e.getMessage() + ")",
                    new TextPosition(1, 1));
        }
    }

    private static MalformedJsonException utf8(StrictUtf8Stream.InvalidUtf8 e) {
        return new MalformedJsonException("the file is not valid text in UTF-8: " + e.getMessage(), e.position);
    }

    private JsonValue streamObject(JsonParser p, TopLevelHandler handler) throws IOException {
        long at = packedPosition(p);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            boolean duplicate = members.containsKey(name);
            TextPosition nameAt = duplicate ? position(p) : null;
            p.nextToken();
            JsonPath memberPath = JsonPath.ROOT.member(name);
            if (duplicate) {
                problems.add(Severity.ERROR, nameAt, memberPath,
                        "\"" + name + "\" appears twice in the same object; the first one is used");
            }
            if (p.currentToken() == JsonToken.START_ARRAY) {
                TextPosition listAt = position(p);
                boolean wanted = !duplicate && handler.listStart(name, listAt);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonValue element = read(p, memberPath.index(i));
                    if (wanted) handler.listElement(name, i, element);
                    i++;
                }
                if (!duplicate) members.put(name, new JsonValue.JsonArray(List.of(), TextPosition.pack(listAt.line(), listAt.column())));
            } else {
                JsonValue value = read(p, memberPath);
                if (!duplicate) {
                    members.put(name, value);
                    handler.member(name, value);
                }
            }
        }
        return new JsonValue.JsonObject(members, at);
    }

    private JsonValue read(JsonParser p, JsonPath path) throws IOException {
        long at = packedPosition(p);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonValue> members = new Members();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    TextPosition nameAt = members.containsKey(name) ? position(p) : null;
                    JsonToken next = p.nextToken();
                    // only containers need their own path; a scalar's is made if it is ever reported
                    boolean container = next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY;
                    JsonValue value = read(p, container ? path.member(name) : null);
                    if (members.putIfAbsent(name, value) != null) {
                        problems.add(Severity.ERROR, nameAt, path.member(name),
                                "\"" + name + "\" appears twice in the same object; the first one is used");
                    }
                }
                return new JsonValue.JsonObject(members, at);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    boolean container = next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY;
                    elements.add(read(p, container ? path.index(elements.size()) : null));
                }
                return new JsonValue.JsonArray(elements, at);
            }
            case VALUE_STRING -> {
                return new JsonValue.JsonString(text(p), at);
            }
            case VALUE_NUMBER_INT -> {
                return new JsonValue.JsonNumber(p.getValueAsDouble(), true, at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new JsonValue.JsonNumber(p.getDoubleValue(), false, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonValue.JsonBoolean(token == JsonToken.VALUE_TRUE, at);
            }
            case VALUE_NULL -> {
                return new JsonValue.JsonNull(at);
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at " + TextPosition.unpack(at));
        }
    }

    /**
     * The string value, with short repeated ones (ids, codes, kinds, references) shared: a large dataset repeats
     * them thousands of times, and one copy each keeps the records it becomes small.
     */
    private String text(JsonParser p) throws IOException {
        if (p.getTextLength() > SHARED_MAX_LENGTH) return p.getText();
        String s = p.getText();
        String shared = strings.putIfAbsent(s, s);
        if (shared != null) return shared;
        if (strings.size() > SHARED_MAX_COUNT) strings.clear();
        return s;
    }

    private static long packedPosition(JsonParser p) {
        if (p instanceof ParserBase base && p.currentToken() != JsonToken.FIELD_NAME) {
            return TextPosition.pack(Math.max(0, base.getTokenLineNr()), Math.max(0, base.getTokenColumnNr() - 1));
        }
        TextPosition t = position(p);
        return TextPosition.pack(t.line(), t.column());
    }

    /** Where the current token starts, read without making a location object for every value. */
    static TextPosition position(JsonParser p) {
        if (p instanceof ParserBase base && p.currentToken() != JsonToken.FIELD_NAME) {
            // the same line and column the token's location gives; that location counts columns from 1 less
            return new TextPosition(Math.max(0, base.getTokenLineNr()), Math.max(0, base.getTokenColumnNr() - 1));
        }
        return position(p.currentTokenLocation());
    }

    static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
