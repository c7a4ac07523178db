package org.attache.core.edit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.attache.core.model.Dataset;

/**
 * The record-level differences between two versions of a dataset: records added, removed, and changed field by
 * field, matched by id. It tells a coordinator what a save changes, and a desk officer what a colleague changed.
 */
public final class DatasetDiff {

    public enum Status { ADDED, CHANGED, REMOVED }

    /** One field that differs: its name ("summary", "figure.value"), and its value before and after, as text. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One record that differs, with the record as it was ({@code before}, null when added) and as it is
     * ({@code after}, null when removed).
     */
    public record Difference(RecordKind<?> kind, String id, String name, Status status, List<FieldChange> fields,
                             Object before, Object after) {
        public Difference {
            fields = List.copyOf(fields);
        }

        /** The record as it is now, or as it was when it was removed. */
        public Object record() {
            return after != null ? after : before;
        }

        @Override
        public String toString() {
            return status.name().toLowerCase(java.util.Locale.ROOT) + " " + name
                    + (fields.isEmpty() ? "" : ": " + fields.stream().map(FieldChange::field).collect(Collectors.joining(", ")));
        }
    }

    private final Dataset before;
    private final Dataset after;
    private final List<Difference> differences;

    private DatasetDiff(Dataset before, Dataset after, List<Difference> differences) {
        this.before = before;
        this.after = after;
        this.differences = List.copyOf(differences);
    }

    public static DatasetDiff between(Dataset before, Dataset after) {
        List<Difference> found = new ArrayList<>();
        for (RecordKind<?> kind : RecordKind.ALL) compare(kind, before, after, found);
        return new DatasetDiff(before, after, found);
    }

    /** The older version. */
    public Dataset before() {
        return before;
    }

    /** The newer version. */
    public Dataset after() {
        return after;
    }

    public List<Difference> differences() {
        return differences;
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** "1 support action added, 2 tallies changed, 1 source removed", or "no records changed". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Status status : Status.values()) {
            for (RecordKind<?> kind : RecordKind.ALL) {
                long n = differences.stream().filter(d -> d.kind() == kind && d.status() == status).count();
                if (n > 0) parts.add(n + " " + (n == 1 ? kind.noun() : kind.listNameInWords()) + " "
                        + status.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "no records changed" : String.join(", ", parts);
    }

    private static <T> void compare(RecordKind<T> kind, Dataset before, Dataset after, List<Difference> found) {
        Map<String, T> old = byId(kind, kind.of(before));
        Map<String, T> now = byId(kind, kind.of(after));
        for (var e : now.entrySet()) {
            T was = old.get(e.getKey());
            if (was == null) {
                found.add(new Difference(kind, e.getKey(), kind.nameOf(e.getValue()), Status.ADDED, List.of(), null,
                        e.getValue()));
            } else if (!was.equals(e.getValue())) {
                found.add(new Difference(kind, e.getKey(), kind.nameOf(e.getValue()), Status.CHANGED,
                        fields("", was, e.getValue()), was, e.getValue()));
            }
        }
        for (var e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                found.add(new Difference(kind, e.getKey(), kind.nameOf(e.getValue()), Status.REMOVED, List.of(),
                        e.getValue(), null));
            }
        }
    }

    private static <T> Map<String, T> byId(RecordKind<T> kind, List<T> records) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T r : records) map.put(kind.idOf(r), r);
        return map;
    }

    /** The fields that differ, nested records (an ally, a figure, the evidence) looked into. */
    private static List<FieldChange> fields(String prefix, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object b = read(c, before);
            Object a = read(c, after);
            if (Objects.equals(b, a)) continue;
            if (b != null && a != null && b.getClass().isRecord() && a.getClass() == b.getClass()) {
                changes.addAll(fields(prefix + c.getName() + ".", b, a));
            } else {
                changes.add(new FieldChange(prefix + c.getName(), text(b), text(a)));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof org.attache.core.model.JsonEnum e) return e.json();
        if (value instanceof Double d) return number(d);
        if (value instanceof List<?> list) {
            return list.stream().map(DatasetDiff::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** 7 rather than 7.0, 0.125 as it is, 1e12 as 1000000000000: a number as the file would hold it. */
    private static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
