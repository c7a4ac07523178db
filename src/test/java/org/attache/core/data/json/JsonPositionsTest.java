package org.attache.core.data.json;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.attache.core.data.Problems;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {
    private static final String TEXT = """
            {
              "actions": [
                {"id": "a", "sources": ["s1"]},
                {"id": "b",
                 "sources": ["s1", "s2"]}
              ]
            }
            """;

    @Test
    void findsEachPathAtTheSamePlaceTheTreeGives() throws Exception {
        JsonPath second = JsonPath.ROOT.member("actions").index(1).member("sources").index(1);
        JsonPath missing = JsonPath.ROOT.member("actions").index(0).member("country");
        Map<JsonPath, TextPosition> found = JsonPositions.find(in(), Set.of(second, missing));

        JsonValue tree = new JsonTreeParser(new Problems("t")).parse(in());
        assertEquals(new TextPosition(5, 24), found.get(second));
        assertEquals(second.resolveIn(tree).position(), found.get(second));
        assertEquals(missing.resolveIn(tree).position(), found.get(missing), "the deepest value on the way");
        assertEquals(3, found.get(missing).line());
    }

    @Test
    void pathsBuiltApartAreEqual() {
        JsonPath a = JsonPath.ROOT.member("facts").index(3).member("sources");
        JsonPath b = JsonPath.ROOT.member("facts").index(3).member("sources");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, JsonPath.ROOT.member("facts").index(4).member("sources"));
        assertEquals("$.facts[3].sources", a.toString());
        assertEquals(JsonPath.ROOT.member("facts").index(3), a.parent());
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8));
    }
}
