package org.attache.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.model.Dataset;

/**
 * One change to a dataset, as a command that can be done and undone: adding, changing or removing a record.
 * Doing then undoing gives back a dataset equal to the one before, record for record and in the same order.
 */
public sealed interface Edit {

    /** What the Edit menu says: "add executive statement by Minister Rinkēvičs". */
    String description();

    Dataset applyTo(Dataset d);

    Dataset undoFrom(Dataset d);

    static <T> Edit add(RecordKind<T> kind, T record) {
        return new Add<>(kind, record);
    }

    static <T> Edit change(RecordKind<T> kind, T before, T after) {
        return new Change<>(kind, before, after);
    }

    /** Removes {@code record} from {@code d}, remembering its place so that undoing puts it back there. */
    static <T> Edit remove(Dataset d, RecordKind<T> kind, T record) {
        return new Remove<>(kind, record, indexOf(kind.of(d), record));
    }

    /** Adds a record at the end of its list (a list the dataset keeps sorted, such as assemblies, sorts it in). */
    record Add<T>(RecordKind<T> kind, T record) implements Edit {
        @Override
        public String description() {
            return "add " + kind.nameOf(record);
        }

        @Override
        public Dataset applyTo(Dataset d) {
            List<T> list = new ArrayList<>(kind.of(d));
            list.add(record);
            return kind.with(d, list);
        }

        @Override
        public Dataset undoFrom(Dataset d) {
            return without(d, kind, record);
        }
    }

    /** Puts {@code after} where {@code before} is. */
    record Change<T>(RecordKind<T> kind, T before, T after) implements Edit {
        @Override
        public String description() {
            return "edit " + kind.nameOf(after);
        }

        @Override
        public Dataset applyTo(Dataset d) {
            return replace(d, before, after);
        }

        @Override
        public Dataset undoFrom(Dataset d) {
            return replace(d, after, before);
        }

        private Dataset replace(Dataset d, T from, T to) {
            List<T> list = new ArrayList<>(kind.of(d));
            int at = indexOf(list, from);
            list.set(at, to);
            return kind.with(d, list);
        }
    }

    /** Removes a record; undoing puts it back at {@code index}, where it was. */
    record Remove<T>(RecordKind<T> kind, T record, int index) implements Edit {
        @Override
        public String description() {
            return "delete " + kind.nameOf(record);
        }

        @Override
        public Dataset applyTo(Dataset d) {
            return without(d, kind, record);
        }

        @Override
        public Dataset undoFrom(Dataset d) {
            List<T> list = new ArrayList<>(kind.of(d));
            list.add(Math.min(index, list.size()), record);
            return kind.with(d, list);
        }
    }

    /** Puts back a whole version kept for recovery; undoing goes back to the file as it was opened. */
    record Restore(Dataset before, Dataset after) implements Edit {
        @Override
        public String description() {
            return "restore unsaved edits";
        }

        @Override
        public Dataset applyTo(Dataset d) {
            return after;
        }

        @Override
        public Dataset undoFrom(Dataset d) {
            return before;
        }
    }

    private static <T> Dataset without(Dataset d, RecordKind<T> kind, T record) {
        List<T> list = new ArrayList<>(kind.of(d));
        list.remove(indexOf(list, record));
        return kind.with(d, list);
    }

    /** The place of the very record (not merely an equal one), so that an edit never touches a twin. */
    private static <T> int indexOf(List<T> list, T record) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == record) return i;
        int equal = list.indexOf(record);
        if (equal < 0) throw new IllegalStateException("the record is no longer in the dataset: " + record);
        return equal;
    }
}
