package org.attache.app.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose long text wraps onto as many lines as the column's width needs, instead of ending in "…";
 * the row grows to fit it.
 */
public final class WrappingCell<S, T> extends TableCell<S, T> {
    private final Text text = new Text();

    public WrappingCell(TableColumn<S, T> column) {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        setGraphic(text);
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /** Makes a column wrap its text. */
    public static <S, T> void wrap(TableColumn<S, T> column) {
        column.setCellFactory(c -> new WrappingCell<>(c));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item.toString());
        setText(null);
    }
}
