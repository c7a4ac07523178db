package org.attache.app.pack;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The builder's form layout: titled boxes of labelled fields in two columns. */
final class Forms {
    private Forms() {
    }

    static Label label(String text, Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        l.setMinWidth(90);
        return l;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static Node titled(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        return new VBox(8, heading, content);
    }
}
