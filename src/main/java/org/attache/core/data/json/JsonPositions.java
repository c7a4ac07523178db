package org.attache.core.data.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds where values are in a JSON text, by path, in one pass that builds nothing. Used after a file was read
 * record by record, for the few problems that are found only once all records are known.
 */
public final class JsonPositions {
    private final Set<JsonPath> wanted = new HashSet<>();
    private final Map<JsonPath, TextPosition> found = new HashMap<>();

    private JsonPositions(Set<JsonPath> paths) {
        for (JsonPath path : paths) {
            for (JsonPath p = path; p != null; p = p.parent()) wanted.add(p);
        }
    }

    /**
     * The position of each path's value, or of the deepest value on the way to it when it does not exist (the
     * same place {@link JsonPath#resolveIn} gives). The text must be the one the paths were taken from.
     */
    public static Map<JsonPath, TextPosition> find(InputStream in, Set<JsonPath> paths) throws IOException {
        JsonPositions positions = new JsonPositions(paths);
        try (JsonParser parser = JsonTreeParser.factory().createParser(in)) {
            if (parser.nextToken() != null) positions.scan(parser, JsonPath.ROOT);
        }
        Map<JsonPath, TextPosition> result = new HashMap<>();
        for (JsonPath path : paths) {
            for (JsonPath p = path; p != null; p = p.parent()) {
                TextPosition at = positions.found.get(p);
                if (at != null) {
                    result.put(path, at);
                    break;
                }
            }
        }
        return result;
    }

    private void scan(JsonParser p, JsonPath path) throws IOException {
        if (wanted.contains(path)) found.putIfAbsent(path, JsonTreeParser.position(p));
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                JsonPath child = path.member(name);
                if (wanted.contains(child)) scan(p, child);
                else p.skipChildren();
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonPath child = path.index(i++);
                if (wanted.contains(child)) scan(p, child);
                else p.skipChildren();
            }
        }
    }
}
