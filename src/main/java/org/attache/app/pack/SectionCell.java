package org.attache.app.pack;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import org.attache.app.common.UiText;
import org.attache.core.pack.PackSection;

/** A section in the builder's list: a check box to print it or not; the row can be dragged elsewhere. */
final class SectionCell extends ListCell<PackSection> {
    private final PackBuilderViewModel model;
    private final CheckBox box = new CheckBox();
    private final Label label = new Label();
    private final HBox row = new HBox(6, box, label);

    SectionCell(PackBuilderViewModel model) {
        this.model = model;
        row.setAlignment(Pos.CENTER_LEFT);
        box.setOnAction(e -> {
            if (getIndex() >= 0) model.setSectionIncluded(getIndex(), box.isSelected());
        });
        setOnDragDetected(e -> {
            if (isEmpty()) return;
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(Integer.toString(getIndex()));
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() != this && e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString() && getListView() != null) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                int at = model.moveSection(from, to - from);
                getListView().getSelectionModel().select(at);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(PackSection section, boolean empty) {
        super.updateItem(section, empty);
        if (empty || section == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        box.setSelected(section.included());
        box.setDisable(section.kind().required());
        String name = SectionsEditor.kindLabel(section.kind());
        box.setAccessibleText(section.included() ? UiText.get("pack.section.printed", name)
                : UiText.get("pack.section.notPrinted", name));
        label.setText(name + (section.notes().isEmpty() ? "" : "  \u270e"));
        label.setDisable(!section.included());
        setGraphic(row);
        setText(null);
    }
}
