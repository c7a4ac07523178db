package org.attache.app.editing;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.attache.app.common.UiText;
import org.attache.core.edit.Edit;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;

/**
 * Editing the facts: on the left the kinds of record and the records of the chosen kind, on the right the chosen
 * record's form. New, Delete and Apply are edits of the open dataset, shown at once everywhere and undone with
 * Ctrl+Z.
 */
public final class EditorView {
    private final DatasetEditingViewModel model;
    private final String stylesheet;
    private final ComboBox<RecordKind<?>> kinds = new ComboBox<>(FXCollections.observableArrayList(RecordKind.ALL));
    private final ObservableList<Object> records = FXCollections.observableArrayList();
    private final FilteredList<Object> shown = new FilteredList<>(records);
    private final ListView<Object> list = new ListView<>(shown);
    private final BorderPane detail = new BorderPane();
    private RecordFormViewModel form;

    public EditorView(DatasetEditingViewModel model, String stylesheet) {
        this.model = model;
        this.stylesheet = stylesheet;
    }

    public Parent build() {
        kinds.setId("editKind");
        kinds.setMaxWidth(Double.MAX_VALUE);
        kinds.setConverter(kindLabels());
        kinds.valueProperty().addListener((o, was, now) -> refill());
        TextField filter = new TextField();
        filter.setId("editFilter");
        filter.setPromptText(UiText.get("editing.filter"));
        filter.textProperty().addListener((o, was, now) -> shown.setPredicate(r -> now == null || now.isBlank()
                || nameOf(r).toLowerCase().contains(now.toLowerCase())));
        list.setId("editRecords");
        list.setCellFactory(v -> {
            ListCell<Object> cell = new ListCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : nameOf(item));
                }
            };
            // long names end in "…" rather than widening the list
            cell.prefWidthProperty().bind(list.widthProperty().subtract(20));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (form == null || form.record() != now)) show(now);
        });
        Button add = new Button(UiText.get("editing.new"));
        add.setId("editNew");
        add.setOnAction(e -> show(null));
        Button delete = new Button(UiText.get("editing.delete"));
        delete.setId("editDelete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(6, add, delete);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox master = new VBox(8, kinds, filter, list, buttons);
        master.setPadding(new Insets(8));
        master.setMinWidth(260);
        Label none = new Label(UiText.get("editing.chooseRecord"));
        none.getStyleClass().add("subtitle");
        detail.setCenter(none);
        SplitPane split = new SplitPane(master, detail);
        split.setId("editorSplit");
        split.setDividerPositions(0.32);
        kinds.setValue(RecordKind.ACTIONS);
        // the lists follow every edit, undo and redo
        model.canUndoProperty().addListener((o, was, now) -> refresh());
        model.undoTextProperty().addListener((o, was, now) -> refresh());
        return split;
    }

    /** "Support actions (129)": a new converter each time, so that the counts are shown again after an edit. */
    private StringConverter<RecordKind<?>> kindLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(RecordKind<?> kind) {
                if (kind == null) return "";
                Dataset d = model.dataset();
                String nouns = RecordFormViewModel.nouns(kind);
                String words = Character.toUpperCase(nouns.charAt(0)) + nouns.substring(1);
                return d == null ? words : UiText.get("editing.kindCount", words, String.valueOf(kind.of(d).size()));
            }

            @Override
            public RecordKind<?> fromString(String s) {
                return null;
            }
        };
    }

    /** Shows the form of a record (null: a new one) of the chosen kind. */
    private void show(Object record) {
        RecordKind<?> kind = kinds.getValue();
        form = new RecordFormViewModel(model, kind, record);
        detail.setCenter(formPane(form, () -> { }));
    }

    /** A form with its heading and its Revert and Apply buttons; {@code onApplied} runs after a successful apply. */
    private Node formPane(RecordFormViewModel f, Runnable onApplied) {
        Label heading = new Label(f.heading());
        heading.setId("formHeading");
        heading.getStyleClass().add("title");
        Button revert = new Button(UiText.get("editing.revert"));
        revert.setId("formRevert");
        revert.disableProperty().bind(f.changedProperty().not());
        revert.setOnAction(e -> f.revert());
        Button apply = new Button(f.isNew() ? UiText.get("editing.add") : UiText.get("editing.apply"));
        apply.setId("formApply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(f.validProperty().not().or(f.changedProperty().not().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !f.isNew()))));
        apply.setOnAction(e -> f.apply().ifPresent(applied -> {
            heading.setText(f.heading());
            apply.setText(UiText.get("editing.apply"));
            onApplied.run();
            if (f == form) {
                refill();
                list.getSelectionModel().select(applied);
                list.scrollTo(applied);
            }
        }));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, revert, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 4, 16));
        BorderPane pane = new BorderPane(new RecordFormView(f, this::createOnTheSpot).build());
        pane.setTop(bar);
        return pane;
    }

    /** A new record made in a window of its own (a source, from the sources picker); gives its id once added. */
    private Optional<String> createOnTheSpot(RecordKind<?> kind) {
        RecordFormViewModel f = new RecordFormViewModel(model, kind, null);
        Stage window = new Stage();
        window.initModality(Modality.APPLICATION_MODAL);
        if (detail.getScene() != null) window.initOwner(detail.getScene().getWindow());
        window.setTitle(UiText.get("editing.newRecord", RecordFormViewModel.noun(kind)));
        Scene scene = new Scene((Parent) formPane(f, window::close), 640, 620);
        if (stylesheet != null) scene.getStylesheets().add(stylesheet);
        window.setScene(scene);
        window.showAndWait();
        return f.isNew() ? Optional.empty() : Optional.of(idOf(kind, f.record()));
    }

    private void delete(Object record) {
        if (record == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                UiText.get("editing.delete.text", titleOf(RecordKind.of(record), record)),
                new ButtonType(UiText.get("editing.delete"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        confirm.initOwner(list.getScene().getWindow());
        confirm.setHeaderText(UiText.get("editing.delete.header", RecordFormViewModel.noun(kinds.getValue())));
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return;
        List<String> refused = model.perform(remove(kinds.getValue(), record));
        if (!refused.isEmpty()) {
            Alert why = new Alert(Alert.AlertType.WARNING);
            why.initOwner(list.getScene().getWindow());
            why.setHeaderText(UiText.get("editing.delete.refused"));
            why.setContentText(String.join("\n", refused.subList(0, Math.min(refused.size(), 20)))
                    + (refused.size() > 20 ? "\n" + UiText.get("editing.delete.andMore", String.valueOf(refused.size() - 20)) : ""));
            why.getDialogPane().setId("deleteRefused");
            why.showAndWait();
            return;
        }
        Label gone = new Label(UiText.get("editing.deleted"));
        gone.getStyleClass().add("subtitle");
        detail.setCenter(gone);
        form = null;
    }

    private <T> Edit remove(RecordKind<T> kind, Object record) {
        return Edit.remove(model.dataset(), kind, kind.cast(record));
    }

    /** Fills the list from the dataset as it is now, keeping the selection by id. */
    private void refill() {
        RecordKind<?> kind = kinds.getValue();
        if (kind == null) return;
        Dataset d = model.dataset();
        Object selected = list.getSelectionModel().getSelectedItem();
        String selectedId = selected == null || kind == null || !kind.type().isInstance(selected) ? null : idOf(kind, selected);
        records.setAll(d == null || kind == null ? List.of() : kind.of(d));
        if (selectedId != null) {
            records.stream().filter(r -> idOf(kind, r).equals(selectedId)).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        }
        if (form != null && form.kind() != kind) {
            form = null;
            detail.setCenter(new Label(""));
        }
    }

    /** After an undo or redo the lists are made again, and an open form that no longer matches is closed. */
    private void refresh() {
        kinds.setConverter(kindLabels()); // the labels carry counts; a form being filled in stays open
        refill();
        if (form != null && !form.isNew() && model.dataset() != null
                && !form.kind().of(model.dataset()).contains(form.record()) && !form.changedProperty().get()) {
            form = null;
            detail.setCenter(new Label(UiText.get("editing.recordChanged")));
        }
    }

    /** How a record is listed: "Latvia  ·  LV", "executive statement by …  ·  act-2021-…". */
    private static String nameOf(Object record) {
        RecordKind<?> kind = RecordKind.of(record);
        return titleOf(kind, record) + "  \u00b7  " + idOf(kind, record);
    }

    private static <T> String titleOf(RecordKind<T> kind, Object record) {
        return kind.titleOf(kind.cast(record));
    }

    private static <T> String idOf(RecordKind<T> kind, Object record) {
        return kind.idOf(kind.cast(record));
    }
}
