package org.attache.core.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private Dataset current;
    private final List<Edit> history = new ArrayList<>();
    private int position;   // history[0, position) is done; the rest can be redone
    private int savedAt;    // the position of the last save; -1 when that state can no longer be reached

    public EditableDataset(Dataset dataset) {
        this.current = dataset;
    }

    public Dataset current() {
        return current;
    }

    /** Does the edit, or refuses it with the reasons (an empty list means it was done). */
    public List<String> perform(Edit edit) {
        List<String> refused = SourceUses.refusal(current, edit);
        if (!refused.isEmpty()) return refused;
        Dataset next = edit.applyTo(current);
        List<String> errors = errorsOf(next);
        if (!errors.isEmpty()) return errors;
        current = next;
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
    }

    public void redo() {
        if (!canRedo()) return;
        current = history.get(position++).applyTo(current);
    }

    /** Whether the dataset differs from what was last saved (or opened). */
    public boolean isModified() {
        return position != savedAt;
    }

    public void markSaved() {
        savedAt = position;
    }

    /** The errors a file holding {@code d} would have, each with its path ("$.actions[12].sources[0]: …"). */
    public static List<String> errorsOf(Dataset d) {
        try {
            var load = new DatasetReader().read(new ByteArrayInputStream(DatasetWriter.toBytes(d)), "edited");
            return load.problems().stream().filter(Problem::isError)
                    .map(p -> (p.location().path() == null ? "" : p.location().path() + ": ") + p.message()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }
}
