package org.attache.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.JsonEnum;
import org.attache.core.model.PublisherType;

/**
 * Rewrites a version-1 dataset as version 2, keeping every other field and its order: a tally's text "scope"
 * becomes "spans", and the evidence fields version 2 requires get the same defaults the reader uses for a
 * version-1 file, so the migrated file reads exactly as the old one did. The defaults say only what the old file
 * said; a person should then set each record's attribution and actor type from its sources.
 */
public final class DatasetMigration {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome: the new text and how many records got a default, by field. */
    public record Result(String json, Map<String, Integer> defaulted) {
    }

    /** Thrown when the text is not a version-1 dataset that can be migrated. */
    public static final class NotMigratable extends Exception {
        NotMigratable(String message) {
            super(message);
        }
    }

    private final Map<String, Integer> defaulted = new LinkedHashMap<>();

    private DatasetMigration() {
    }

    public static Result toCurrent(String json) throws NotMigratable {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotMigratable("the file is not valid JSON (" + e.getOriginalMessage() + "); run \"attache validate\" "
                    + "on it to see where, and fix it first");
        }
        if (!(root instanceof ObjectNode top)) throw new NotMigratable("the file does not hold a dataset object");
        JsonNode version = top.get("schemaVersion");
        if (version == null || !version.isInt()) throw new NotMigratable("the file has no whole-number schemaVersion");
        if (version.intValue() == Dataset.SCHEMA_VERSION) throw new NotMigratable("the file is already version " + Dataset.SCHEMA_VERSION);
        if (version.intValue() != 1) throw new NotMigratable("only version 1 can be migrated, not " + version.intValue());
        DatasetMigration m = new DatasetMigration();
        m.migrate(top);
        try {
            return new Result(JSON.writer(DatasetWriter.printer()).writeValueAsString(top) + "\n", m.defaulted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void migrate(ObjectNode top) {
        top.put("schemaVersion", Dataset.SCHEMA_VERSION);
        for (JsonNode s : top.path("sources")) {
            if (!(s instanceof ObjectNode source)) continue;
            setIfAbsent(source, "publisherType", PublisherType.OTHER.json());
            String note = source.path("note").asText(null);
            if (!source.has("titleIsDescription") && Version1Defaults.titleIsDescription(note)) {
                source.put("titleIsDescription", true);
            }
        }
        for (JsonNode a : top.path("actions")) {
            if (!(a instanceof ObjectNode action)) continue;
            ActionKind kind = JsonEnum.fromJson(ActionKind.class, action.path("kind").asText(""));
            setIfAbsent(action, "actorType", Version1Defaults.actorType(kind).json());
            setIfAbsent(action, "attribution", Version1Defaults.attributionFromNote(action.path("note").asText(null)).json());
        }
        for (JsonNode t : top.path("tallies")) {
            if (!(t instanceof ObjectNode tally)) continue;
            JsonNode spans = tally.remove("scope");
            if (spans != null) tally.set("spans", spans);
            setIfAbsent(tally, "attribution",
                    Version1Defaults.attributionFromReporter(tally.path("reportedBy").asText(null)).json());
        }
        for (JsonNode f : top.path("facts")) {
            if (f instanceof ObjectNode fact) {
                setIfAbsent(fact, "attribution", Version1Defaults.attributionFromNote(fact.path("note").asText(null)).json());
            }
        }
    }

    private void setIfAbsent(ObjectNode record, String field, String value) {
        if (record.has(field)) return;
        record.put(field, value);
        defaulted.merge(field, 1, Integer::sum);
    }
}
