package org.attache.app.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.attache.app.common.UiText;
import org.attache.core.edit.FormFields;
import org.attache.core.edit.RecordKind;

/**
 * A record's form: one row per field of the schema, its label (bold when required), the control that suits how it
 * is entered, its help as a tooltip, and its problem right under it as it is typed. References are chosen from the
 * records they name; sources can be made on the spot.
 */
final class RecordFormView {
    private final RecordFormViewModel model;
    private final Function<RecordKind<?>, Optional<String>> createRecord;

    /** {@code createRecord} makes a new record of a kind (a source, from the sources picker) and gives its id. */
    RecordFormView(RecordFormViewModel model, Function<RecordKind<?>, Optional<String>> createRecord) {
        this.model = model;
        this.createRecord = createRecord;
    }

    Node build() {
        GridPane grid = new GridPane();
        grid.setId("recordForm");
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new Insets(12, 16, 12, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        int row = 0;
        for (FormFields.Field field : model.fields()) {
            Label label = new Label(field.label() + (field.required() ? " *" : ""));
            if (field.required()) label.getStyleClass().add("section-heading");
            Node control = control(field);
            control.setId("field-" + field.path().replace('.', '-'));
            label.setLabelFor(control);
            if (!field.help().isEmpty()) {
                Tooltip help = new Tooltip(field.help());
                help.setWrapText(true);
                help.setMaxWidth(420);
                label.setTooltip(help);
                if (control instanceof javafx.scene.control.Control c) c.setTooltip(help);
            }
            Label error = new Label();
            error.setId("error-" + field.path().replace('.', '-'));
            error.getStyleClass().add("problem-error");
            error.setWrapText(true);
            error.textProperty().bind(model.error(field.path()));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            grid.add(label, 0, row);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            grid.add(new VBox(2, control, error), 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Label general = new Label();
        general.setId("formProblem");
        general.getStyleClass().add("problem-error");
        general.setWrapText(true);
        general.textProperty().bind(model.generalProblemProperty());
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        general.visibleProperty().bind(general.managedProperty());
        general.setPadding(new Insets(0, 16, 0, 16));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(general);
        return pane;
    }

    private Node control(FormFields.Field field) {
        var value = model.value(field.path());
        return switch (field.entry()) {
            case LONG_TEXT, LINES -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                area.textProperty().bindBidirectional(value);
                if (field.entry() == FormFields.Entry.LINES) area.setPromptText(UiText.get("editing.field.onePerLine"));
                yield area;
            }
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setSelected("true".equals(value.get()));
                box.selectedProperty().addListener((o, was, now) -> value.set(now ? "true" : "false"));
                value.addListener((o, was, now) -> box.setSelected("true".equals(now)));
                yield box;
            }
            case CHOICE -> {
                List<String> choices = new ArrayList<>(field.choices());
                if (!field.required()) choices.add(0, "");
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String choice) {
                        if (choice == null || choice.isEmpty()) {
                            return field.defaultValue() == null ? UiText.get("editing.field.notStated")
                                    : UiText.get("editing.field.default", words(field.defaultValue()));
                        }
                        return words(choice);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                box.valueProperty().bindBidirectional(value);
                yield box;
            }
            case REFERENCE -> reference(field);
            case REFERENCES, CHOICES -> several(field);
            default -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(value);
                if (field.entry() == FormFields.Entry.DATE) text.setPromptText(UiText.get("editing.field.datePrompt"));
                yield text;
            }
        };
    }

    /** A value of the file as a person reads it: "executive-statement" reads "Executive statement". */
    private static String words(String choice) {
        String words = choice.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One record of another list, chosen from it. */
    private Node reference(FormFields.Field field) {
        var value = model.value(field.path());
        List<RecordFormViewModel.Option> options = new ArrayList<>(model.options(field.refersTo()));
        if (!field.required()) options.add(0, new RecordFormViewModel.Option("", UiText.get("editing.field.none")));
        ComboBox<RecordFormViewModel.Option> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        Runnable show = () -> box.setValue(options.stream().filter(o -> o.id().equals(value.get())).findFirst()
                .orElse(value.get() == null || value.get().isEmpty() ? null
                        : new RecordFormViewModel.Option(value.get(),
                                UiText.get("editing.field.notInDataset", value.get()))));
        show.run();
        value.addListener((o, was, now) -> show.run());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.id().equals(value.get())) value.set(now.id());
        });
        return box;
    }

    /** Several records or values: the ids chosen, and a picker with a check box for each. */
    private Node several(FormFields.Field field) {
        var value = model.value(field.path());
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        text.setEditable(false); // chosen from the records or values there are, never typed
        text.setPromptText(UiText.get("editing.field.noneChosen"));
        Button choose = new Button(UiText.get("editing.field.choose"));
        choose.setId("choose-" + field.path().replace('.', '-'));
        choose.setOnAction(e -> pick(field, text.getScene().getWindow()).ifPresent(value::set));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, text, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The picker: a filter, a check box per record, and for sources a button that makes a new one. */
    private Optional<String> pick(FormFields.Field field, Window owner) {
        Set<String> chosen = new LinkedHashSet<>(Arrays.stream(model.value(field.path()).get().split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList());
        List<RecordFormViewModel.Option> all = field.entry() == FormFields.Entry.CHOICES
                ? field.choices().stream().map(c -> new RecordFormViewModel.Option(c, c)).toList()
                : model.options(field.refersTo());
        var items = FXCollections.observableArrayList(all);
        FilteredList<RecordFormViewModel.Option> shown = new FilteredList<>(items);
        ListView<RecordFormViewModel.Option> list = new ListView<>(shown);
        list.setId("pickerList");
        list.setPrefSize(560, 380);
        list.setCellFactory(CheckBoxListCell.forListView(option -> {
            var selected = new javafx.beans.property.SimpleBooleanProperty(chosen.contains(option.id()));
            selected.addListener((o, was, now) -> {
                if (now) chosen.add(option.id());
                else chosen.remove(option.id());
            });
            return selected;
        }));
        TextField filter = new TextField();
        filter.setId("pickerFilter");
        filter.setPromptText(UiText.get("editing.filter"));
        filter.textProperty().addListener((o, was, now) -> shown.setPredicate(option ->
                now == null || now.isBlank() || option.label().toLowerCase().contains(now.toLowerCase())));
        VBox content = new VBox(8, filter, list);
        if ("sources".equals(field.refersTo())) {
            Button create = new Button(UiText.get("editing.field.newSource"));
            create.setId("newSource");
            create.setOnAction(e -> createRecord.apply(RecordKind.SOURCES).ifPresent(id -> {
                chosen.add(id);
                items.setAll(model.options(field.refersTo()));
                filter.setText(id);
            }));
            content.getChildren().add(create);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String what = UiText.get("editing.pick.title", field.label().toLowerCase());
        dialog.setTitle(what);
        dialog.setHeaderText(what);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) return Optional.empty();
        return Optional.of(String.join(", ", chosen));
    }
}
