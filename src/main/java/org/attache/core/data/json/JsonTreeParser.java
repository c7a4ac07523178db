package org.attache.core.data.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

    private final Problems problems;

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
        try (JsonParser parser = FACTORY.createParser(in)) {
            try {
                if (parser.nextToken() == null) return null;
                JsonValue root = read(parser, JsonPath.ROOT);
                if (parser.nextToken() != null) {
                    throw new MalformedJsonException("unexpected content after the end of the data",
                            position(parser.currentTokenLocation()));
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new MalformedJsonException(JsonErrorMessages.plain(e), position(where));
            } catch (java.io.CharConversionException e) {
                throw new MalformedJsonException("the file is not valid text in UTF-8 (" + e.getMessage() + ")",
                        position(parser.currentLocation()));
            }
        }
    }

    private JsonValue read(JsonParser p, JsonPath path) throws IOException {
        TextPosition at = position(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    TextPosition nameAt = position(p.currentTokenLocation());
                    p.nextToken();
                    JsonPath memberPath = path.member(name);
                    JsonValue value = read(p, memberPath);
                    if (members.putIfAbsent(name, value) != null) {
                        problems.add(Severity.ERROR, nameAt, memberPath,
                                "\"" + name + "\" appears twice in the same object; the first one is used");
                    }
                }
                return new JsonValue.JsonObject(members, at);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(p, path.index(elements.size())));
                }
                return new JsonValue.JsonArray(elements, at);
            }
            case VALUE_STRING -> {
                return new JsonValue.JsonString(p.getText(), at);
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
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        }
    }

    static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
