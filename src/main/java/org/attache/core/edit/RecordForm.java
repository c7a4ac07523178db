package org.attache.core.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.DatasetWriter;

/**
 * A record as a form holds it: one text per field ({@link FormFields}), made from a record and read back into one
 * by exactly the rules of a file, so a form shows the same messages as {@code attache validate}, at its fields.
 */
public final class RecordForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordForm() {
    }

    /** Empty values for a new record of the list. */
    public static Map<String, String> blank(String listName) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormFields.Field f : FormFields.of(listName)) values.put(f.path(), "");
        return values;
    }

    /** The values of an existing record, field by field. */
    public static Map<String, String> valuesOf(String listName, Object record) {
        JsonNode node;
        try {
            node = JSON.readTree(DatasetWriter.recordJson(listName, record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // the writer writes JSON
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (FormFields.Field f : FormFields.of(listName)) {
            JsonNode v = node.at("/" + f.path().replace('.', '/'));
            values.put(f.path(), text(f, v));
        }
        return values;
    }

    private static String text(FormFields.Field f, JsonNode v) {
        if (v.isMissingNode() || v.isNull()) return f.entry() == FormFields.Entry.FLAG ? "false" : "";
        if (v.isArray()) {
            String separator = f.entry() == FormFields.Entry.LINES ? "\n" : ", ";
            return StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(separator));
        }
        return v.asText();
    }

    /** The record the values make, or the problems at their fields ({@code $.actions[0].summary}). */
    public static DatasetReader.RecordRead read(String listName, Map<String, String> values) {
        return DatasetReader.readRecord(listName, json(listName, values));
    }

    /** The values as the record's JSON: what is left empty is left out, as in a file. */
    static String json(String listName, Map<String, String> values) {
        ObjectNode record = JSON.createObjectNode();
        for (FormFields.Field f : FormFields.of(listName)) {
            String value = values.getOrDefault(f.path(), "");
            String[] path = f.path().split("\\.");
            ObjectNode parent = record;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            put(parent, path[path.length - 1], f, value);
        }
        pruneEmptyObjects(record);
        return record.toString();
    }

    private static void put(ObjectNode parent, String name, FormFields.Field f, String value) {
        String v = value.strip(); // numbers and lists are read without the spaces around them; text keeps its own
        switch (f.entry()) {
            case FLAG -> {
                if (v.equals("true")) parent.put(name, true);
                else if (f.required()) parent.put(name, false);
            }
            case WHOLE, NUMBER -> {
                if (v.isEmpty()) return;
                try {
                    BigDecimal n = new BigDecimal(v.replace(",", "").replace("\u00a0", ""));
                    parent.put(name, n);
                } catch (NumberFormatException e) {
                    parent.put(name, v); // the reader says what is wrong with it, at its field
                }
            }
            case REFERENCES, CHOICES, LINES -> {
                String separators = f.entry() == FormFields.Entry.LINES ? "\\R" : "[,\\s]+";
                List<String> entries = Arrays.stream(v.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (entries.isEmpty()) return;
                ArrayNode array = parent.putArray(name);
                entries.forEach(array::add);
            }
            default -> {
                if (!v.isEmpty()) parent.put(name, value);
            }
        }
    }

    /** A nested object (a figure, an ally) the form left wholly empty is no object at all. */
    private static void pruneEmptyObjects(ObjectNode record) {
        record.properties().removeIf(e -> e.getValue().isObject() && e.getValue().isEmpty());
    }
}
