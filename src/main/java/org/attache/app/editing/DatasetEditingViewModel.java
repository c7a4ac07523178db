package org.attache.app.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.core.edit.ChangeLog;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DatasetSaver;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.edit.Recovery;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.sign.SignatureVerifier;
import org.attache.core.sign.TrustedKeys;
import org.attache.core.sign.Verification;

/**
 * The open dataset as the user edits it: edits with undo and redo, whether it has unsaved changes, saving (which
 * never overwrites a file someone else changed), and the recovery file written a few seconds after each change.
 * Every edit is shown at once in every view, through {@link #setOnEdited}.
 */
public final class DatasetEditingViewModel {

    /** How a save ended. */
    public enum Saved { SAVED, NEEDS_FILE, CHANGED_ON_DISK, FAILED }

    /** Runs a task a few seconds after the last call, once; tests run it at once. */
    @FunctionalInterface
    public interface Debouncer {
        void later(Runnable task);
    }

    private final TaskRunner tasks;
    private final Recovery recovery;
    private final Debouncer autosave;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(UiText.get("editing.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(UiText.get("editing.redo"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<DatasetFile> onEdited = f -> { };
    private java.util.function.BiConsumer<Path, DatasetFile> onSaved = (p, f) -> { };
    private Supplier<String> editor = () -> "";
    private Supplier<Pack> unsavedPack = () -> null;
    private Supplier<Path> packFile = () -> null;
    private TrustedKeys trusted = TrustedKeys.standard();

    private EditableDataset editing;
    private DatasetFile opened;   // as read from its file, or as last saved
    private Path file;            // null for the bundled dataset, which is saved only under a new name

    public DatasetEditingViewModel(TaskRunner tasks, Recovery recovery, Debouncer autosave, Clock clock) {
        this.tasks = tasks;
        this.recovery = recovery;
        this.autosave = autosave;
        this.clock = clock;
    }

    public ReadOnlyBooleanProperty modifiedProperty() { return modified.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** "Undo: add source “Statement on INTERPOL”", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Called with each edited version of the dataset, for every view to show it. */
    public void setOnEdited(Consumer<DatasetFile> listener) { this.onEdited = listener; }

    /** Called once the dataset is saved to a file, with that file and the dataset as saved. */
    public void setOnSaved(java.util.function.BiConsumer<Path, DatasetFile> listener) { this.onSaved = listener; }

    /** Who saves, for the change log: the name in the settings ("prepared by"). */
    public void setEditor(Supplier<String> editor) { this.editor = editor; }

    /** The pack with unsaved changes, if any, and its file, kept in the recovery file beside the dataset's edits. */
    public void setUnsavedPack(Supplier<Pack> pack, Supplier<Path> file) {
        this.unsavedPack = pack;
        this.packFile = file;
    }

    /** The keys whose signatures a saved file is checked against again, as it was when opened. */
    public void setTrustedKeys(TrustedKeys keys) { this.trusted = keys; }

    /**
     * Who signed the file being edited, when its signature holds (a trusted key, the bytes as signed): saving
     * changes over it will break that signature. Null for a file no trusted key signed, or the bundled dataset.
     */
    public String signer() {
        if (file == null || opened == null) return null;
        Verification v = opened.signature();
        return v.status() == Verification.Status.SIGNED ? v.signer() : null;
    }

    /** A dataset was read from a file (path null for the bundled one): editing starts afresh on it. */
    public void opened(DatasetFile dataset, Path path) {
        this.opened = dataset;
        this.file = path;
        this.editing = new EditableDataset(dataset.dataset(), dataset.name(), DatasetFile.reader());
        update();
    }

    public boolean isOpen() {
        return editing != null;
    }

    public Dataset dataset() {
        return editing == null ? null : editing.current();
    }

    public Path file() {
        return file;
    }

    /** Does the edit and shows it everywhere, or refuses it with the reasons and changes nothing. */
    public List<String> perform(Edit edit) {
        if (editing == null) return List.of(UiText.get("editing.noDataset"));
        List<String> refused = editing.perform(edit);
        if (refused.isEmpty()) changed();
        return refused;
    }

    public void undo() {
        if (editing == null || !editing.canUndo()) return;
        editing.undo();
        changed();
    }

    public void redo() {
        if (editing == null || !editing.canRedo()) return;
        editing.redo();
        changed();
    }

    private void changed() {
        update();
        onEdited.accept(edited());
        autosave.later(this::keepForRecovery);
    }

    private DatasetFile edited() {
        return new DatasetFile(opened.name(), opened.sha256(), editing.load());
    }

    private void update() {
        modified.set(editing != null && editing.isModified());
        canUndo.set(editing != null && editing.canUndo());
        canRedo.set(editing != null && editing.canRedo());
        String undo = UiText.get("editing.undo");
        String redo = UiText.get("editing.redo");
        undoText.set(editing == null ? undo : editing.undoDescription().map(d -> UiText.get("editing.undoWhat", d)).orElse(undo));
        redoText.set(editing == null ? redo : editing.redoDescription().map(d -> UiText.get("editing.redoWhat", d)).orElse(redo));
    }

    /**
     * What the unsaved edits change, record by record: "1 support action added, 1 source added" (in English the
     * words of the core's {@link DatasetDiff#summary()}), in the app's language.
     */
    public String unsavedChanges() {
        if (editing == null) return "";
        List<DatasetDiff.Difference> differences = DatasetDiff.between(opened.dataset(), editing.current()).differences();
        String text = null;
        for (DatasetDiff.Status status : DatasetDiff.Status.values()) {
            for (RecordKind<?> kind : RecordKind.ALL) {
                long n = differences.stream().filter(d -> d.kind() == kind && d.status() == status).count();
                if (n == 0) continue;
                String key = switch (status) {
                    case ADDED -> "editing.changes.added";
                    case CHANGED -> "editing.changes.changed";
                    case REMOVED -> "editing.changes.removed";
                };
                String part = UiText.get(key, String.valueOf(n),
                        n == 1 ? RecordFormViewModel.noun(kind) : RecordFormViewModel.nouns(kind));
                text = text == null ? part : UiText.get("editing.changes.join", text, part);
            }
        }
        return text == null ? UiText.get("editing.changes.none") : text;
    }

    /** Saves to the file it was opened from; the bundled dataset needs a file of its own ({@link Saved#NEEDS_FILE}). */
    public void save(Consumer<Saved> done) {
        if (file == null) {
            done.accept(Saved.NEEDS_FILE);
            return;
        }
        write(file, opened.sha256(), done);
    }

    /** Saves to {@code target}, replacing it if the user chose to; the file opened stays as it is. */
    public void saveAs(Path target, Consumer<Saved> done) {
        write(target, null, done);
    }

    /** Saves at once, for a question that cannot go on until it is saved (quitting, opening another dataset). */
    public Saved saveAndWait() {
        if (file == null) return Saved.NEEDS_FILE;
        Saved[] outcome = {Saved.FAILED};
        write(file, opened.sha256(), o -> outcome[0] = o, TaskRunner.DIRECT);
        return outcome[0];
    }

    private void write(Path target, String expectedSha, Consumer<Saved> done) {
        write(target, expectedSha, done, tasks);
    }

    private void write(Path target, String expectedSha, Consumer<Saved> done, TaskRunner runner) {
        if (editing == null) return;
        Dataset toSave = ChangeLog.recorded(opened.dataset(), editing.current(), editor.get(), LocalDate.now(clock));
        String name = target.getFileName().toString();
        runner.run(() -> {
            DatasetSaver.Saved saved = DatasetSaver.save(toSave, target, expectedSha);
            // a signature beside the file is checked again: saved over, it no longer matches, and says so
            return new Written(saved, new SignatureVerifier(trusted).verify(target, saved.sha256()));
        }, written -> {
            DatasetSaver.Saved saved = written.saved();
            EditableDataset fresh = new EditableDataset(toSave, name, DatasetFile.reader());
            opened = new DatasetFile(name, saved.sha256(), fresh.load(), written.signature());
            file = target;
            editing = fresh;
            update();
            clearRecovery();
            message.set(saved.caveat() == null ? UiText.get("editing.savedFile", name)
                    : UiText.get("editing.savedFileWithCaveat", name, saved.caveat()));
            onSaved.accept(target, opened);
            done.accept(Saved.SAVED);
        }, failure -> {
            if (failure instanceof DatasetSaver.ChangedOnDisk) {
                message.set(failure.getMessage());
                done.accept(Saved.CHANGED_ON_DISK);
            } else {
                message.set(UiText.get("editing.saveFailed", name, failure.getMessage()));
                done.accept(Saved.FAILED);
            }
        });
    }

    private record Written(DatasetSaver.Saved saved, Verification signature) {
    }

    /**
     * The record-level differences between the file as it is on disk now (a colleague's version) and the edits
     * here, for the "changed on disk" choice; empty when the file cannot be read.
     */
    public List<DatasetDiff.Difference> differencesFromDisk() {
        if (file == null || editing == null) return List.of();
        DatasetFile onDisk = DatasetFile.open(file);
        if (!onDisk.load().isReadable()) return List.of();
        return DatasetDiff.between(onDisk.dataset(), editing.current()).differences();
    }

    /** Drops the unsaved edits (the user chose not to keep them). */
    public void discard() {
        if (opened == null) return;
        boolean wasModified = editing != null && editing.isModified();
        opened(opened, file);
        if (wasModified) onEdited.accept(opened);
        clearRecovery();
    }

    /** Writes the unsaved work to the recovery file; with nothing unsaved, removes it. */
    public void keepForRecovery() {
        Pack pack = unsavedPack.get();
        boolean datasetChanged = editing != null && editing.isModified();
        try {
            if (!datasetChanged && pack == null) {
                recovery.clear();
                return;
            }
            recovery.keep(new Recovery.Snapshot(Instant.now(clock), file, opened == null ? null : opened.sha256(),
                    datasetChanged ? editing.current() : null, datasetChanged ? unsavedChanges() : "",
                    packFile.get(), pack));
        } catch (IOException e) {
            message.set(UiText.get("editing.recovery.keepFailed", e.getMessage()));
        }
    }

    private void clearRecovery() {
        try {
            if (unsavedPack.get() == null) recovery.clear();
            else keepForRecovery();
        } catch (IOException e) {
            message.set(UiText.get("editing.recovery.clearFailed", e.getMessage()));
        }
    }

    /** Restores edits kept by a session that ended without saving them, over the dataset open now. */
    public void restore(Recovery.Snapshot snapshot) {
        if (snapshot.dataset() == null || opened == null) return;
        // the restored version is one edit away from the file as opened, so it can be saved, undone or compared
        Dataset restored = snapshot.dataset();
        editing = new EditableDataset(opened.dataset(), opened.name(), DatasetFile.reader());
        editing.perform(new Edit.Restore(opened.dataset(), restored));
        changed();
    }
}
