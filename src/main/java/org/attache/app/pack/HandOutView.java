package org.attache.app.pack;

import static org.attache.app.pack.Forms.grid;
import static org.attache.app.pack.Forms.label;
import static org.attache.app.pack.Forms.titled;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.attache.app.common.UiText;
import org.attache.core.pack.Recipient;

/**
 * The builder's "Handing out" box: whose copy the next export is (stamped across its pages), a password and what
 * its reader may do, and whether it is archival PDF/A. Nothing here is saved with the pack.
 */
final class HandOutView {
    private final HandOutViewModel model;

    HandOutView(HandOutViewModel model) {
        this.model = model;
    }

    Node build() {
        TextArea recipient = new TextArea();
        recipient.setId("recipient");
        recipient.setPromptText(UiText.get("pack.handOut.recipient.prompt"));
        recipient.setPrefRowCount(2);
        // each line is a name, and a name fits beside the date on a page
        recipient.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().lines()
                .allMatch(l -> l.strip().length() <= Recipient.MAX_LENGTH) ? c : null));
        recipient.textProperty().bindBidirectional(model.recipientProperty());

        Spinner<Integer> copy = new Spinner<>(1, 9999, model.copyProperty().get());
        copy.setId("copyNumber");
        copy.setEditable(true);
        copy.getEditor().setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("[0-9]{0,4}") ? c : null));
        copy.setAccessibleText(UiText.get("pack.handOut.copy"));
        copy.valueProperty().addListener((o, a, v) -> {
            if (v != null) model.copyProperty().set(v);
        });
        copy.disableProperty().bind(model.recipientProperty().isEmpty());

        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(UiText.get("pack.handOut.password.prompt"));
        password.textProperty().bindBidirectional(model.passwordProperty());

        CheckBox printing = new CheckBox(UiText.get("pack.handOut.printing"));
        printing.setId("allowPrinting");
        printing.selectedProperty().bindBidirectional(model.printingProperty());
        CheckBox copying = new CheckBox(UiText.get("pack.handOut.copying"));
        copying.setId("allowCopying");
        copying.selectedProperty().bindBidirectional(model.copyingProperty());
        for (CheckBox c : new CheckBox[] {printing, copying}) c.disableProperty().bind(model.passwordProperty().isEmpty());

        CheckBox archival = new CheckBox(UiText.get("pack.handOut.archival"));
        archival.setId("archival");
        archival.selectedProperty().bindBidirectional(model.archivalProperty());
        // PDF/A forbids encryption: a locked copy is never archival
        archival.disableProperty().bind(model.passwordProperty().isNotEmpty());
        Label note = new Label(UiText.get("pack.handOut.note"));
        note.setWrapText(true);
        note.getStyleClass().add("subtitle");

        GridPane grid = grid();
        grid.addRow(0, label(UiText.get("pack.handOut.recipient"), recipient), recipient);
        grid.addRow(1, label(UiText.get("pack.handOut.copy"), copy), copy);
        grid.addRow(2, label(UiText.get("pack.handOut.password"), password), password);
        grid.add(new HBox(12, printing, copying), 1, 3);
        grid.add(archival, 1, 4);
        grid.add(note, 0, 5, 2, 1);
        return titled(UiText.get("pack.handOut.heading"), grid);
    }
}
