package org.attache.core.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.data.DatasetWriter;
import org.attache.core.data.Problem;
import org.attache.core.model.Dataset;

/**
 * A dataset being edited: the current version, the edits done and undone, and whether it has changed since it
 * was last saved. An edit is done only when the dataset it leads to is valid by exactly the rules a file is held
 * to (it is written and read back); otherwise nothing changes and the reasons come back.
 */
public final class EditableDataset {
    private final String name;
    private final DatasetReader reader;
    private Dataset current;
    private DatasetLoad load;
    private final List<Edit> history = new ArrayList<>();
    private int position;   // history[0, position) is done; the rest can be redone
    private int savedAt;    // the position of the last save; -1 when that state can no longer be reached

    public EditableDataset(Dataset dataset) {
        this(dataset, "edited", new DatasetReader());
    }

    /** {@code name} is the file's name in problems; {@code reader} checks each new version as it would a file. */
    public EditableDataset(Dataset dataset, String name, DatasetReader reader) {
        this.current = dataset;
        this.name = name;
        this.reader = reader;
    }

    public Dataset current() {
        return current;
    }

    /** The current version as a file holding it would read: its problems (warnings too), with their places. */
    public DatasetLoad load() {
        if (load == null) load = check(current);
        return load;
    }

    /** Does the edit, or refuses it with the reasons (an empty list means it was done). */
    public List<String> perform(Edit edit) {
        List<String> refused = SourceUses.refusal(current, edit);
        if (!refused.isEmpty()) return refused;
        Dataset next = edit.applyTo(current);
        DatasetLoad checked = check(next);
        List<String> errors = errors(checked);
        if (!errors.isEmpty()) return errors;
        current = next;
        load = checked;
        if (savedAt > position) savedAt = -1; // the saved state was in the redo tail, now dropped
        history.subList(position, history.size()).clear();
        history.add(edit);
        position++;
        return List.of();
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < history.size();
    }

    /** "add executive statement by …", for "Undo: add …" in the Edit menu. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(history.get(position - 1).description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(history.get(position).description()) : Optional.empty();
    }

    public void undo() {
        if (!canUndo()) return;
        current = history.get(--position).undoFrom(current);
        load = null;
    }

    public void redo() {
        if (!canRedo()) return;
        current = history.get(position++).applyTo(current);
        load = null;
    }

    /** Whether the dataset differs from what was last saved (or opened). */
    public boolean isModified() {
        return position != savedAt;
    }

    public void markSaved() {
        savedAt = position;
    }

    private DatasetLoad check(Dataset d) {
        try {
            return reader.read(new ByteArrayInputStream(DatasetWriter.toBytes(d)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }

    /** The errors, each with its path ("$.actions[12].sources[0]: …"). */
    private static List<String> errors(DatasetLoad load) {
        return load.problems().stream().filter(Problem::isError)
                .map(p -> (p.location().path() == null ? "" : p.location().path() + ": ") + p.message()).toList();
    }
}
