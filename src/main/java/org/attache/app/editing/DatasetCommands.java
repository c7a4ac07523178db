package org.attache.app.editing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.Notices;
import org.attache.app.common.SaveFirst;
import org.attache.app.common.UiText;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.edit.DatasetDiff;
import org.controlsfx.control.Notifications;

/**
 * The dataset's File menu commands and questions: Save, Save As, what a save that could not be done offers (a file
 * someone else changed: reload theirs, compare, save elsewhere), and asking before unsaved edits are dropped.
 */
public final class DatasetCommands {
    private final DatasetEditingViewModel editing;
    private final SummaryViewModel summary;
    private final FileDialogs dialogs;
    private final Stage stage;

    public DatasetCommands(DatasetEditingViewModel editing, SummaryViewModel summary, FileDialogs dialogs, Stage stage) {
        this.editing = editing;
        this.summary = summary;
        this.dialogs = dialogs;
        this.stage = stage;
    }

    /** Asks before unsaved dataset edits are dropped (another dataset, reloading, quitting); true to go on. */
    public boolean confirmDiscard() {
        if (!editing.modifiedProperty().get()) return true;
        SaveFirst.Answer answer = SaveFirst.ask(stage, UiText.get("editing.saveFirst.header"),
                UiText.get("editing.saveFirst.text", editing.unsavedChanges()), "confirmDatasetDiscard");
        if (answer == SaveFirst.Answer.CANCEL) return false;
        if (answer == SaveFirst.Answer.SAVE) return saveNow();
        editing.discard();
        return true;
    }

    /**
     * File > Save Dataset: to its file; the bundled dataset, a file changed by someone else, or a file signed by a
     * trusted key (whose signature the save would break) asks first.
     */
    public void save() {
        switch (overSignature()) {
            case SAVE -> editing.save(this::afterSave);
            case COPY -> saveAs();
            case CANCEL -> { }
        }
    }

    private enum OverSignature { SAVE, COPY, CANCEL }

    /**
     * Saving over a file that a trusted key signed makes its signature no longer match, and every mission that opens
     * it then sees it as altered: the user saves a copy instead (the default), saves anyway, or cancels. The
     * signature file is left as it is, since it is the signer's record of what they signed.
     */
    private OverSignature overSignature() {
        String signer = editing.signer();
        if (signer == null || !editing.modifiedProperty().get()) return OverSignature.SAVE;
        ButtonType copy = new ButtonType(UiText.get("editing.signed.copy"), ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType(UiText.get("editing.signed.anyway"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.WARNING, UiText.get("editing.signed.text",
                String.valueOf(editing.file().getFileName())), copy, anyway, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText(UiText.get("editing.signed.header", signer));
        alert.getDialogPane().setId("saveOverSignature");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(copy)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return OverSignature.CANCEL;
        return answer.get() == anyway ? OverSignature.SAVE : OverSignature.COPY;
    }

    public void saveAs() {
        dialogs.save(UiText.get("editing.saveAs.title"),
                editing.file() == null ? "campaign.json" : editing.file().getFileName().toString(),
                UiText.get("editing.saveAs.filter"), "*.json")
                .ifPresent(target -> editing.saveAs(target, this::afterSave));
    }

    /** Saves before going on (closing, opening another dataset); true when it is saved. */
    private boolean saveNow() {
        switch (overSignature()) {
            case COPY -> {
                saveAs();
                return false;   // saved elsewhere in the background, or not at all: the caller does not go on yet
            }
            case CANCEL -> {
                return false;
            }
            case SAVE -> { }
        }
        DatasetEditingViewModel.Saved saved = editing.saveAndWait();
        afterSave(saved);
        return saved == DatasetEditingViewModel.Saved.SAVED;
    }

    private void afterSave(DatasetEditingViewModel.Saved saved) {
        switch (saved) {
            case NEEDS_FILE -> saveAs();
            case CHANGED_ON_DISK -> changedOnDisk();
            case FAILED -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, editing.messageProperty().get());
                alert.initOwner(stage);
                alert.setHeaderText(UiText.get("editing.notSaved"));
                alert.show();
            }
            case SAVED -> Notices.show(Notifications.create().title(UiText.get("editing.saved.title"))
                    .text(editing.messageProperty().get()), stage);
        }
    }

    /**
     * Someone else saved the file since it was opened: nothing was written. The user reloads theirs (dropping the
     * edits here), compares the two record by record, or saves the edits under another name.
     */
    private void changedOnDisk() {
        ButtonType reload = new ButtonType(UiText.get("editing.changedOnDisk.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType compare = new ButtonType(UiText.get("editing.changedOnDisk.compare"), ButtonBar.ButtonData.OTHER);
        ButtonType elsewhere = new ButtonType(UiText.get("editing.changedOnDisk.saveAs"), ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, UiText.get("editing.changedOnDisk.text",
                editing.messageProperty().get(), editing.unsavedChanges()), reload, compare, elsewhere,
                ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText(UiText.get("editing.changedOnDisk.header"));
        alert.getDialogPane().setId("changedOnDisk");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return;
        if (answer.get() == reload) {
            editing.discard();
            summary.reload();
        } else if (answer.get() == compare) {
            compareWithDisk();
            changedOnDisk();
        } else {
            saveAs();
        }
    }

    /** The records that differ between the file on disk and the edits here, field by field. */
    private void compareWithDisk() {
        List<DatasetDiff.Difference> differences = editing.differencesFromDisk();
        TextArea text = new TextArea(differences.isEmpty()
                ? UiText.get("editing.compare.none") : differences.stream().map(DatasetCommands::describe)
                .collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 420);
        text.setId("comparison");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setHeaderText(UiText.get("editing.compare.header", String.valueOf(differences.size())));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static String describe(DatasetDiff.Difference d) {
        StringBuilder sb = new StringBuilder(switch (d.status()) {
            case ADDED -> UiText.get("editing.compare.added", d.name());
            case REMOVED -> UiText.get("editing.compare.deleted", d.name());
            case CHANGED -> UiText.get("editing.compare.changed", d.name());
        });
        for (DatasetDiff.FieldChange f : d.fields()) {
            sb.append("\n    ").append(UiText.get("editing.compare.field", f.field(), f.before(), f.after()));
        }
        return sb.toString();
    }
}
