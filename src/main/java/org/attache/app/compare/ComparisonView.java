package org.attache.app.compare;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.app.common.UiText;
import org.attache.core.edit.DatasetDiff;
import org.attache.core.edit.DiffEntry;
import org.attache.core.edit.DiffGroup;
import org.attache.core.edit.DiffGrouping;

/**
 * A window listing what differs between the open dataset and another version: a heading per country or assembly
 * (a toggle), a line per record, each changed field under it before → after.
 */
public final class ComparisonView {
    /** One line of the tree, with the style class that colours it. */
    record Row(String text, String style) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ComparisonViewModel model;
    private final Stage stage = new Stage();

    public ComparisonView(ComparisonViewModel model) {
        this.model = model;
    }

    public Stage show(Window owner, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle(UiText.get("compare.window.title"));
        Scene scene = new Scene(build(), 820, 620);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private Parent build() {
        Label heading = new Label();
        heading.setId("compareHeading");
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(model.headingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("compareBusy");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());

        ToggleGroup by = new ToggleGroup();
        ToggleButton byCountry = toggle("compareByCountry", UiText.get("compare.byCountry"), DiffGrouping.COUNTRY, by);
        ToggleButton byAssembly = toggle("compareByAssembly", UiText.get("compare.byAssembly"), DiffGrouping.ASSEMBLY, by);
        by.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true); // one grouping is always chosen
            else model.groupingProperty().set((DiffGrouping) now.getUserData());
        });
        Button swap = new Button(UiText.get("compare.swap"));
        swap.setId("compareSwap");
        swap.disableProperty().bind(model.busyProperty());
        swap.setOnAction(e -> model.swap());
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.getStyleClass().add("subtitle");
        summary.textProperty().bind(model.summaryProperty());
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, byCountry, byAssembly, swap, gap, summary);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("compareMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        TreeView<Row> tree = new TreeView<>(new TreeItem<>());
        tree.setId("compareTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(UiText.get("compare.tree.accessible"));
        tree.setCellFactory(t -> new RowCell());
        model.groups().addListener((ListChangeListener<DiffGroup>) c -> fill(tree.getRoot()));
        fill(tree.getRoot());
        VBox.setVgrow(tree, Priority.ALWAYS);

        Button close = new Button(UiText.get("compare.close"));
        close.setId("compareClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, new HBox(10, heading, busy), tools, message, tree, buttons);
        root.setPadding(new Insets(14));
        return root;
    }

    private ToggleButton toggle(String id, String text, DiffGrouping grouping, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(grouping);
        b.setToggleGroup(group);
        b.setSelected(model.groupingProperty().get() == grouping);
        return b;
    }

    /** Every group open, every record open on its fields: the list is read, not browsed. */
    private void fill(TreeItem<Row> root) {
        root.getChildren().clear();
        for (DiffGroup g : model.groups()) {
            TreeItem<Row> group = new TreeItem<>(new Row(model.groupName(g), "diff-group"));
            group.setExpanded(true);
            for (DiffEntry e : g.entries()) {
                TreeItem<Row> record = new TreeItem<>(new Row(ComparisonViewModel.entryText(e), style(e.status())));
                record.setExpanded(true);
                for (DatasetDiff.FieldChange f : e.difference().fields()) {
                    record.getChildren().add(new TreeItem<>(new Row(ComparisonViewModel.fieldText(f), "diff-field")));
                }
                group.getChildren().add(record);
            }
            root.getChildren().add(group);
        }
    }

    private static String style(DatasetDiff.Status status) {
        return switch (status) {
            case ADDED -> "diff-added";
            case CHANGED -> "diff-changed";
            case REMOVED -> "diff-removed";
        };
    }

    /** A line of the tree, coloured by what it is. */
    private static final class RowCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("diff-group", "diff-added", "diff-changed", "diff-removed", "diff-field");
            setText(empty || row == null ? null : row.text());
            if (!empty && row != null) getStyleClass().add(row.style());
        }
    }
}
