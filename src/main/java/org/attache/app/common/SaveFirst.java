package org.attache.app.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before unsaved work is dropped: Save, Don't Save, or Cancel. */
public final class SaveFirst {
    public enum Answer { SAVE, DISCARD, CANCEL }

    private SaveFirst() {
    }

    public static Answer ask(Window owner, String header, String text, String id) {
        ButtonType save = new ButtonType(UiText.get("common.saveFirst.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.get("common.saveFirst.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        if (id != null) alert.getDialogPane().setId(id);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return Answer.CANCEL;
        return answer.get() == save ? Answer.SAVE : Answer.DISCARD;
    }
}
