package org.attache.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a form for each kind of record, read from the dataset's JSON Schema, so that the forms, the file
 * format and its checks are one definition: each field's label, help text (the schema's description), whether it
 * is required, and how it is entered (text, a date, a choice, a reference chosen from a list, ...).
 */
public final class FormFields {

    /** How a field is entered. */
    public enum Entry {
        /** One line of text. */ TEXT,
        /** Several lines of text. */ LONG_TEXT,
        /** 2023, 2023-07 or 2023-07-15. */ DATE,
        /** One of the schema's values. */ CHOICE,
        /** True or false. */ FLAG,
        /** A whole number. */ WHOLE,
        /** A number. */ NUMBER,
        /** A record of another list, chosen from it (a country, an assembly, a measure). */ REFERENCE,
        /** Several records of another list (sources, countries, facts). */ REFERENCES,
        /** Several values of the schema's (regions). */ CHOICES,
        /** Several lines, each an entry (an agenda). */ LINES
    }

    /**
     * One field: its path in the record ("summary", "figure.value"), label, help, entry, whether it is required, the
     * values it may take (for a choice) and the list it refers to (for a reference: "sources", "countries").
     */
    public record Field(String path, String label, String help, Entry entry, boolean required, List<String> choices,
                        String refersTo, String defaultValue) {
    }

    private static final Set<String> LONG = Set.of("summary", "statement", "text", "note", "quote", "objection",
            "description", "definition");
    private static final Map<String, String> REFERS_TO = Map.of("assembly", "assemblies", "measure", "measures",
            "series", "measures", "organisation", "organisations", "facts", "facts", "sources", "sources");
    private static final FormFields SCHEMA = load();

    private final JsonNode defs;
    private final Map<String, List<Field>> byList = new HashMap<>();

    private FormFields(JsonNode schema) {
        this.defs = schema.get("$defs");
        schema.get("properties").fields().forEachRemaining(list -> {
            JsonNode items = list.getValue().get("items");
            if (items != null) {
                List<Field> fields = new ArrayList<>();
                object(resolve(items), "", fields);
                byList.put(list.getKey(), List.copyOf(fields));
            }
        });
    }

    /** The fields of a record of the list {@code listName} ("actions"), in the schema's order. */
    public static List<Field> of(String listName) {
        List<Field> fields = SCHEMA.byList.get(listName);
        if (fields == null) throw new IllegalArgumentException("no list " + listName);
        return fields;
    }

    private static FormFields load() {
        try (InputStream in = FormFields.class.getResourceAsStream("/data/campaign.schema.json")) {
            if (in == null) throw new IllegalStateException("the dataset schema is missing from the application");
            return new FormFields(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void object(ObjectNode rules, String prefix, List<Field> fields) {
        List<String> required = new ArrayList<>();
        if (rules.has("required")) rules.get("required").forEach(r -> required.add(r.asText()));
        rules.get("properties").fields().forEachRemaining(p -> {
            String name = p.getKey();
            ObjectNode property = resolve(p.getValue());
            String path = prefix + name;
            if ("object".equals(property.path("type").asText()) && property.has("properties")) {
                object(property, path + ".", fields);
            } else {
                // a nested object's fields are required only once it is given at all, which the reader checks
                fields.add(field(name, path, p.getValue(), property, prefix.isEmpty() && required.contains(name)));
            }
        });
    }

    private Field field(String name, String path, JsonNode declared, ObjectNode rules, boolean required) {
        String ref = declared.path("$ref").asText("");
        String help = help(declared.has("description") ? declared : rules);
        List<String> choices = new ArrayList<>();
        rules.path("enum").forEach(v -> choices.add(v.asText()));
        Entry entry;
        String refersTo = null;
        if (!choices.isEmpty()) {
            entry = Entry.CHOICE;
        } else if (ref.endsWith("/isoCode") && !name.equals("code")) {
            entry = Entry.REFERENCE;
            refersTo = "countries";
        } else if (ref.endsWith("/sourceList")) {
            entry = Entry.REFERENCES;
            refersTo = "sources";
        } else if (ref.endsWith("/id") && !name.equals("id")) {
            entry = Entry.REFERENCE;
            refersTo = REFERS_TO.get(name);
        } else if (ref.endsWith("/isoCode")) {
            entry = Entry.TEXT;
        } else if (ref.endsWith("Date")) {
            entry = Entry.DATE;
        } else if ("array".equals(rules.path("type").asText())) {
            ObjectNode items = resolve(rules.get("items"));
            String itemRef = rules.get("items").path("$ref").asText("");
            items.path("enum").forEach(v -> choices.add(v.asText()));
            if (!choices.isEmpty()) {
                entry = Entry.CHOICES;
            } else if (itemRef.endsWith("/isoCode")) {
                entry = Entry.REFERENCES;
                refersTo = "countries";
            } else if (itemRef.endsWith("/id")) {
                entry = Entry.REFERENCES;
                refersTo = REFERS_TO.get(name);
            } else {
                entry = Entry.LINES;
            }
        } else {
            entry = switch (rules.path("type").asText()) {
                case "boolean" -> Entry.FLAG;
                case "integer" -> Entry.WHOLE;
                case "number" -> Entry.NUMBER;
                default -> LONG.contains(name) ? Entry.LONG_TEXT : Entry.TEXT;
            };
        }
        JsonNode fallback = declared.has("default") ? declared.get("default") : rules.get("default");
        String defaultValue = fallback == null || fallback.isContainerNode() ? null : fallback.asText();
        return new Field(path, label(name), help, entry, required, List.copyOf(choices), refersTo, defaultValue);
    }

    /** The schema node with its $ref followed, the node's own keywords kept beside the referenced ones. */
    private ObjectNode resolve(JsonNode node) {
        ObjectNode merged = new ObjectMapper().createObjectNode();
        JsonNode ref = node.get("$ref");
        if (ref != null) merged.setAll(resolve(defs.get(ref.asText().substring("#/$defs/".length()))));
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) merged.set(e.getKey(), e.getValue());
        });
        if (merged.has("anyOf") && !merged.has("type")) {
            // a nullable date: a date, or null for "not known"
            merged.setAll(resolve(merged.get("anyOf").get(0)));
            merged.remove("anyOf");
        }
        return merged;
    }

    /** The description without its "Required." or "Optional." (the form shows that itself). */
    private static String help(JsonNode node) {
        String text = node.path("description").asText("");
        return text.replaceFirst("^(Required|Optional)\\.\\s*", "");
    }

    /** "actorRole" reads "Actor role". */
    static String label(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
