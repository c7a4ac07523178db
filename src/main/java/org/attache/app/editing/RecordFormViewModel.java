package org.attache.app.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.attache.app.common.UiText;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.Problem;
import org.attache.core.edit.Edit;
import org.attache.core.edit.FormFields;
import org.attache.core.edit.RecordForm;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;

/**
 * One record in a form: its values field by field, checked as they are typed by the rules a file is read by, each
 * problem shown at its field; applying it adds or changes the record as one edit that can be undone.
 */
public final class RecordFormViewModel {

    /** A record another field can refer to: its id and how it reads ("ga-93 — 93rd General Assembly"). */
    public record Option(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final DatasetEditingViewModel data;
    private final RecordKind<?> kind;
    private Object original;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private Map<String, String> start;
    private Object read;

    /** A form for {@code record}, or for a new record of the kind when it is null. */
    public RecordFormViewModel(DatasetEditingViewModel data, RecordKind<?> kind, Object record) {
        this.data = data;
        this.kind = kind;
        for (FormFields.Field f : fields()) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((o, was, now) -> validate());
            values.put(f.path(), value);
            errors.put(f.path(), new ReadOnlyStringWrapper(""));
        }
        load(record);
    }

    public RecordKind<?> kind() { return kind; }
    public List<FormFields.Field> fields() { return FormFields.of(kind.listName()); }
    public StringProperty value(String path) { return values.get(path); }
    public ReadOnlyStringProperty error(String path) { return errors.get(path).getReadOnlyProperty(); }
    /** A problem of the whole record, or with the rest of the dataset, that no one field shows. */
    public ReadOnlyStringProperty generalProblemProperty() { return general.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }
    public boolean isNew() { return original == null; }
    public Object record() { return original; }

    /** "New support action" or "Support action act-2021-us-house-letter". */
    public String heading() {
        String noun = noun(kind);
        return original == null ? UiText.get("editing.newRecord", noun)
                : UiText.get("editing.form.heading", Character.toUpperCase(noun.charAt(0)) + noun.substring(1),
                idOf(original));
    }

    /**
     * What one record of a kind is called in the app's language: the core's "support action" in English, the
     * bundle's {@code enum.RecordKind.ACTIONS} in Chinese.
     */
    public static String noun(RecordKind<?> kind) {
        return words(kind, kind.noun());
    }

    /** What several records of a kind are called: the core's "support actions", "tallies" in English. */
    public static String nouns(RecordKind<?> kind) {
        return words(kind, kind.listNameInWords());
    }

    /** The bundle's name of a kind ({@code enum.RecordKind.TALKING_POINTS}: Chinese has no plural), else the core's. */
    private static String words(RecordKind<?> kind, String english) {
        String key = "enum.RecordKind." + kind.listName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        return UiText.named(key, english);
    }

    private void load(Object record) {
        original = record;
        start = record == null ? RecordForm.blank(kind.listName()) : RecordForm.valuesOf(kind.listName(), record);
        start.forEach((path, v) -> values.get(path).set(v));
        validate();
    }

    /** Puts the form back as the record is. */
    public void revert() {
        load(original);
    }

    /** Checks the values as they stand: each problem at its field, the rest in the general line. */
    public void validate() {
        Map<String, String> now = current();
        DatasetReader.RecordRead result = RecordForm.read(kind.listName(), now);
        errors.values().forEach(e -> e.set(""));
        List<String> other = new ArrayList<>();
        String prefix = "$." + kind.listName() + "[0].";
        for (Problem p : result.problems()) {
            if (!p.isError()) continue;
            String path = p.location().path() == null ? "" : p.location().path().toString();
            String field = fieldOf(path, prefix);
            if (field != null && errors.get(field).get().isEmpty()) errors.get(field).set(p.message());
            else if (field == null) other.add(p.message());
        }
        general.set(String.join("\n", other));
        read = result.record();
        valid.set(read != null);
        changed.set(!now.equals(start));
    }

    /** The form field a problem's path names: the field itself, or the one holding the entry or object named. */
    private String fieldOf(String path, String prefix) {
        if (!path.startsWith(prefix)) return null;
        String rest = path.substring(prefix.length()).replaceAll("\\[\\d+]", "");
        while (!rest.isEmpty()) {
            if (errors.containsKey(rest)) return rest;
            int dot = rest.lastIndexOf('.');
            if (dot < 0) break;
            rest = rest.substring(0, dot);
        }
        return null;
    }

    private Map<String, String> current() {
        Map<String, String> now = new LinkedHashMap<>();
        values.forEach((path, v) -> now.put(path, v.get() == null ? "" : v.get()));
        return now;
    }

    /**
     * Adds or changes the record as one edit. Returns the record as it now is in the dataset, or nothing when the
     * form has problems or the dataset refused the edit (its reasons are in the general line).
     */
    public Optional<Object> apply() {
        validate();
        if (read == null) return Optional.empty();
        Object record = read;
        List<String> refused = data.perform(edit(record));
        if (!refused.isEmpty()) {
            general.set(String.join("\n", refused));
            return Optional.empty();
        }
        load(record);
        return Optional.of(record);
    }

    @SuppressWarnings("unchecked")
    private <T> Edit edit(Object record) {
        RecordKind<T> k = (RecordKind<T>) kind;
        return original == null ? Edit.add(k, k.cast(record)) : Edit.change(k, k.cast(original), k.cast(record));
    }

    /** The records a reference field can name, from the dataset as it is now. */
    public List<Option> options(String listName) {
        Dataset d = data.dataset();
        List<Option> options = new ArrayList<>();
        if (d == null || listName == null) return options;
        RecordKind<?> other = RecordKind.named(listName);
        for (Object r : other.of(d)) options.add(option(other, r));
        return options;
    }

    private static <T> Option option(RecordKind<T> kind, Object record) {
        T r = kind.cast(record);
        return new Option(kind.idOf(r), kind.idOf(r) + " \u2014 " + kind.titleOf(r));
    }

    private <T> String idOf(Object record) {
        @SuppressWarnings("unchecked")
        RecordKind<T> k = (RecordKind<T>) kind;
        return k.idOf(k.cast(record));
    }
}
