package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffGroup;
import org.attache.core.edit.DiffGrouping;
import org.attache.core.edit.DiffReport;

/**
 * What {@code diff --json} prints: one object on one line. Its shape is kept stable for scripts (README.md): the
 * two files, the grouping ("country" or "assembly"), the country asked for (or null), the counts, and the groups in
 * the order the text gives them; a record's "kind" is its list's name in the file ("actions"), its "status" one of
 * "added", "changed", "removed", and a field's values are text ("" for none).
 */
final class DiffJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffJson() {
    }

    static String of(String oldFile, String newFile, DiffGrouping by, String country, DiffReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", oldFile);
        root.put("new", newFile);
        root.put("by", by.name().toLowerCase(Locale.ROOT));
        root.put("country", country);
        for (DatasetDiff.Status status : DatasetDiff.Status.values()) {
            root.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
        }
        ArrayNode groups = root.putArray("groups");
        for (DiffGroup g : report.groups(by)) {
            ObjectNode group = groups.addObject();
            group.put("key", g.key());
            group.put("name", g.name());
            ArrayNode records = group.putArray("records");
            for (DiffEntry e : g.entries()) record(records.addObject(), e);
        }
        return root.toString();
    }

    private static void record(ObjectNode record, DiffEntry e) {
        record.put("status", e.status().name().toLowerCase(Locale.ROOT));
        record.put("kind", e.kind().listName());
        record.put("id", e.id());
        record.put("description", e.description());
        ArrayNode countries = record.putArray("countries");
        e.countries().forEach(countries::add);
        ArrayNode assemblies = record.putArray("assemblies");
        e.assemblies().forEach(assemblies::add);
        ArrayNode fields = record.putArray("fields");
        for (DatasetDiff.FieldChange f : e.difference().fields()) {
            fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
        }
    }
}
