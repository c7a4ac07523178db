package org.attache.app.summary;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The line under a dataset's name that says who signed it: muted as a rule, in the danger colour as a warning. */
public final class SignatureLabel {
    static final String WARNING = "signature-warning";

    private SignatureLabel() {
    }

    public static Label of(ObservableStringValue text, ObservableBooleanValue warns) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.getStyleClass().add("subtitle");
        Runnable style = () -> {
            label.getStyleClass().removeAll(WARNING, "subtitle");
            label.getStyleClass().add(warns.get() ? WARNING : "subtitle");
        };
        warns.addListener((o, was, now) -> style.run());
        style.run();
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
