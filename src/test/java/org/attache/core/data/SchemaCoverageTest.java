package org.attache.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One definition of valid: every rule of the JSON Schema in data/ is enforced by Attaché's own reader. The
 * cases are generated from the schema itself: for each record type, each property and each keyword (type,
 * pattern, enum, const, minimum, maximum, minItems, items, required, if/then, oneOf, anyOf) a copy of a valid
 * dataset is made that breaks exactly that rule. The schema must refuse it (so the case really breaks the rule)
 * and the reader must refuse it with an error placed at the broken value, by line and JSON path.
 */
class SchemaCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static JsonNode schemaTree;
    private static JsonSchema schema;
    private static ObjectNode base;

    /**
     * A broken copy of the base dataset: which rule, the path where the reader must complain (a missing field may
     * be reported on its object or at the field's own path), and the change.
     */
    record Case(String rule, String expectedPath, String orAt, Consumer<ObjectNode> breakIt) {
        Case(String rule, String expectedPath, Consumer<ObjectNode> breakIt) {
            this(rule, expectedPath, expectedPath, breakIt);
        }

        boolean placedAt(Problem p) {
            if (p.location().path() == null || p.location().line() <= 0) return false;
            String at = p.location().path().toString();
            return at.equals(expectedPath) || at.equals(orAt);
        }

        @Override
        public String toString() {
            return expectedPath + " " + rule;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        schemaTree = JSON.readTree(Fixtures.bundledDataset().resolveSibling("campaign.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
        base = (ObjectNode) JSON.readTree(Files.readString(Fixtures.path("fixtures/minimal.json")));
    }

    static Stream<Case> cases() throws IOException {
        load();
        List<Case> cases = new ArrayList<>();
        JsonNode top = schemaTree.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> list = it.next();
            JsonNode items = list.getValue().get("items");
            if (items == null) {
                // a top-level field such as schemaVersion or updated
                new Rules(cases, List.of(), list.getKey()).of(resolve(list.getValue()), List.of(list.getKey()));
                continue;
            }
            new Rules(cases, List.of(list.getKey()), list.getKey()).of(resolve(items), List.of());
        }
        for (JsonNode required : schemaTree.get("required")) {
            cases.add(new Case("required " + required.asText(), "$", "$." + required.asText(),
                    d -> d.remove(required.asText())));
        }
        return cases.stream();
    }

    @Test
    void everyKindOfRuleInTheSchemaIsCovered() throws IOException {
        List<Case> all = cases().toList();
        for (String rule : List.of("type", "pattern", "enum", "const", "minimum", "maximum", "minItems", "required",
                "then", "oneOf", "anyOf", "null", "additionalProperties")) {
            assertTrue(all.stream().anyMatch(c -> c.rule().startsWith(rule)), "no case for " + rule);
        }
        assertTrue(all.size() > 250, "cases: " + all.size());
    }

    @Test
    void theBaseDatasetIsValidForBothTheSchemaAndTheReader() throws IOException {
        assertEquals(List.of(), schema.validate(base).stream().map(Object::toString).toList());
        DatasetLoad load = read(base);
        assertTrue(load.isValid(), load.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReaderRefusesWhatTheSchemaRefusesAtTheSamePlace(Case c) throws IOException {
        ObjectNode broken = base.deepCopy();
        c.breakIt().accept(broken);
        assertFalse(schema.validate(broken).isEmpty(), "the case must break the schema: " + c);
        DatasetLoad load = read(broken);
        List<Problem> errors = load.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.stream().anyMatch(c::placedAt),
                c + " should be an error at " + c.expectedPath() + ", got " + errors);
    }

    private static DatasetLoad read(JsonNode dataset) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataset);
        return new DatasetReader().read(new ByteArrayInputStream(bytes), "generated.json");
    }

    /** The schema node with its $ref followed; the node's own keywords are kept beside the referenced ones. */
    private static ObjectNode resolve(JsonNode node) {
        ObjectNode merged = NODES.objectNode();
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            String name = ref.asText().substring("#/$defs/".length());
            merged.setAll(resolve(schemaTree.get("$defs").get(name)));
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) merged.set(e.getKey(), e.getValue());
        });
        return merged;
    }

    /** Generates the cases of one list's records (or of one top-level field). */
    private record Rules(List<Case> cases, List<String> listPath, String listName) {

        /** The record of the list that has the value at {@code at}'s parent, so a nested object can be broken. */
        private int recordWith(List<Object> at) {
            if (listPath.isEmpty()) return -1;
            JsonNode records = base.get(listName);
            for (int i = 0; i < records.size(); i++) {
                JsonNode parent = nodeAt(records.get(i), at.subList(0, Math.max(0, at.size() - 1)));
                if (parent != null && !parent.isMissingNode()) return i;
            }
            return 0;
        }

        private String pathOf(int record, List<Object> at) {
            StringBuilder sb = new StringBuilder("$");
            if (record >= 0) sb.append('.').append(listName).append('[').append(record).append(']');
            for (Object segment : at) {
                if (segment instanceof Integer i) sb.append('[').append(i).append(']');
                else if (((String) segment).matches("[A-Za-z_][A-Za-z0-9_]*")) sb.append('.').append(segment);
                else sb.append("[\"").append(segment).append("\"]");
            }
            return sb.toString();
        }

        private JsonNode recordIn(ObjectNode dataset, int record) {
            return record < 0 ? dataset : dataset.get(listName).get(record);
        }

        /** A case that sets the value at {@code at} (relative to the record) and expects the error there. */
        private void set(String rule, List<Object> at, JsonNode value) {
            int record = recordWith(at);
            cases.add(new Case(rule, pathOf(record, at), d -> put(recordIn(d, record), at, value)));
        }

        /** A case that changes the object at {@code at} and expects the error on that object or on {@code field}. */
        private void change(String rule, List<Object> at, String field, Consumer<ObjectNode> change) {
            List<Object> inside = new ArrayList<>(at);
            inside.add(field);
            int record = recordWith(inside);
            cases.add(new Case(rule, pathOf(record, at), pathOf(record, inside),
                    d -> change.accept((ObjectNode) nodeAt(recordIn(d, record), at))));
        }

        void of(ObjectNode rules, List<Object> at) {
            JsonNode type = rules.get("type");
            if (type != null && !at.isEmpty()) {
                set("type " + type.asText(), at, wrongType(type.asText()));
                if (!isRequired(at)) set("null for " + type.asText(), at, NODES.nullNode());
            }
            if (rules.has("pattern")) set("pattern " + rules.get("pattern").asText(), at, breaking(rules.get("pattern").asText()));
            if (rules.has("enum")) set("enum", at, NODES.textNode("no-such-value"));
            if (rules.has("const")) set("const", at, NODES.numberNode(rules.get("const").asInt() + 1));
            boolean integral = type != null && type.asText().equals("integer");
            if (rules.has("minimum")) set("minimum", at, below(rules.get("minimum"), integral));
            if (rules.has("maximum")) set("maximum", at, above(rules.get("maximum"), integral));
            if (rules.has("minItems")) set("minItems", at, NODES.arrayNode());
            if (rules.has("items")) itemsOf(resolve(rules.get("items")), at);
            if (rules.has("anyOf") && at.size() > 0 && !rules.has("type")) {
                // a nullable date: anything but a date or null is refused
                set("anyOf", at, NODES.textNode("someday"));
                set("anyOf type", at, NODES.numberNode(2021));
            }
            JsonNode properties = rules.get("properties");
            if (properties != null) {
                properties.fields().forEachRemaining(p -> {
                    List<Object> inner = new ArrayList<>(at);
                    inner.add(p.getKey());
                    of(resolve(p.getValue()), inner);
                });
            }
            JsonNode additional = rules.get("additionalProperties");
            if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                List<Object> unknown = new ArrayList<>(at);
                unknown.add("noSuchName");
                set("additionalProperties false", unknown, NODES.textNode("x"));
            } else if (additional != null && additional.isObject()) {
                // a map (texts by record id): the rules of its values, under a key the base already has
                JsonNode here = nodeAt(listPath.isEmpty() ? base : base.get(listName).get(0), at);
                String key = here != null && here.fieldNames().hasNext() ? here.fieldNames().next() : "sample";
                List<Object> inner = new ArrayList<>(at);
                inner.add(key);
                of(resolve(additional), inner);
            }
            JsonNode required = rules.get("required");
            if (required != null) {
                for (JsonNode name : required) change("required " + name.asText(), at, name.asText(), o -> o.remove(name.asText()));
            }
            if (rules.has("then")) {
                for (JsonNode name : rules.get("then").get("required")) {
                    change("then " + name.asText(), at, name.asText(), o -> {
                        o.put("held", true);
                        o.remove(name.asText());
                    });
                }
            }
            if (rules.has("oneOf") && properties != null) {
                change("oneOf both", at, "country", o -> {
                    o.put("country", "US");
                    o.put("organisation", "eu");
                });
                change("oneOf neither", at, "country", o -> {
                    o.remove("country");
                    o.remove("organisation");
                });
            }
            if (rules.has("anyOf") && properties != null) {
                change("anyOf neither", at, "assembly", o -> {
                    o.remove("assembly");
                    o.remove("date");
                });
            }
        }

        /** The items of a list: a list whose one element breaks a rule of the elements. */
        private void itemsOf(ObjectNode itemRules, List<Object> at) {
            List<Object> first = new ArrayList<>(at);
            first.add(0);
            int record = recordWith(at);
            String where = pathOf(record, first);
            List<Map.Entry<String, JsonNode>> bad = new ArrayList<>();
            if (itemRules.has("type")) bad.add(Map.entry("type", wrongType(itemRules.get("type").asText())));
            if (itemRules.has("pattern")) bad.add(Map.entry("pattern", breaking(itemRules.get("pattern").asText())));
            if (itemRules.has("enum")) bad.add(Map.entry("enum", NODES.textNode("no-such-value")));
            for (Map.Entry<String, JsonNode> b : bad) {
                cases.add(new Case("items " + b.getKey(), where,
                        d -> put(recordIn(d, record), at, NODES.arrayNode().add(b.getValue()))));
            }
        }

        private boolean isRequired(List<Object> at) {
            return !(at.get(at.size() - 1) instanceof String name) || requiredIn(at, name);
        }

        private boolean requiredIn(List<Object> at, String name) {
            // the parent's rules: the record's own, or a nested object's
            ObjectNode rules = resolve(listPath.isEmpty() ? schemaTree : schemaTree.get("properties").get(listName).get("items"));
            for (Object segment : at.subList(0, at.size() - 1)) {
                if (!(segment instanceof String s)) return true;
                JsonNode declared = rules.has("properties") ? rules.get("properties").get(s) : null;
                rules = resolve(declared != null ? declared : rules.get("additionalProperties"));
            }
            JsonNode required = rules.get("required");
            if (required != null) for (JsonNode r : required) if (r.asText().equals(name)) return true;
            return listPath.isEmpty();
        }
    }

    private static JsonNode nodeAt(JsonNode from, List<Object> at) {
        JsonNode node = from;
        for (Object segment : at) {
            if (node == null) return null;
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node;
    }

    /** Puts {@code value} at {@code at} inside {@code record}, making the objects and lists on the way. */
    private static void put(JsonNode record, List<Object> at, JsonNode value) {
        if (at.isEmpty()) throw new IllegalArgumentException("nothing to put at the record itself");
        JsonNode node = record;
        for (int i = 0; i < at.size() - 1; i++) {
            Object segment = at.get(i);
            JsonNode next = segment instanceof Integer n ? node.get(n) : node.get((String) segment);
            if (next == null || next.isNull()) {
                next = at.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                if (segment instanceof Integer n) ((ArrayNode) node).set(n, next);
                else ((ObjectNode) node).set((String) segment, next);
            }
            node = next;
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer n) {
            ArrayNode array = (ArrayNode) node;
            if (array.size() > n) array.set(n, value);
            else array.add(value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
    }

    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> NODES.numberNode(42);
            case "integer" -> NODES.numberNode(2.5);
            case "number" -> NODES.textNode("12");
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.textNode("a list");
            case "object" -> NODES.textNode("an object");
            default -> throw new IllegalArgumentException("no wrong value for " + type);
        };
    }

    /** A string that does not match the pattern (patterns in JSON Schema match anywhere unless anchored). */
    private static JsonNode breaking(String pattern) {
        Pattern p = Pattern.compile(pattern);
        for (String candidate : List.of("   ", "Not Valid!", "../x", "2023-13-40", "usa", "en_US!")) {
            if (!p.matcher(candidate).find()) return NODES.textNode(candidate);
        }
        throw new IllegalArgumentException("no candidate breaks " + pattern);
    }

    private static JsonNode below(JsonNode minimum, boolean integral) {
        return integral ? NODES.numberNode(minimum.asLong() - 1) : NODES.numberNode(minimum.asDouble() - 0.5);
    }

    private static JsonNode above(JsonNode maximum, boolean integral) {
        return integral ? NODES.numberNode(maximum.asLong() + 1) : NODES.numberNode(maximum.asDouble() * 2);
    }
}
