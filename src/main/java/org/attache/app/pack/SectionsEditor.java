package org.attache.app.pack;

import javafx.scene.control.Button;
import org.attache.app.common.FileDialogs;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.attache.app.common.Icons;
import org.attache.app.common.Labels;
import org.attache.app.common.UiText;
import org.attache.core.model.Measure;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.SectionKind;
import org.attache.core.pack.SectionOption;
import org.controlsfx.control.CheckListView;

/**
 * The builder's sections: the list to tick, untick and reorder (buttons, Alt+Up/Down, Space, dragging), and below
 * it the selected section's options and notes. It follows the pack row by row, so that what is being typed into
 * is never rebuilt under the user's hands.
 */
final class SectionsEditor {
    private final PackBuilderViewModel model;
    private final ObservableList<PackSection> sections = FXCollections.observableArrayList();
    private final ListView<PackSection> sectionList = new ListView<>(sections);
    private final VBox sectionDetail = new VBox(6);
    private boolean following;
    /** What the section detail shows: which row, the section as it was drawn, and its notes box. */
    private int shownIndex = -1;
    private PackSection shownSection;
    private TextArea shownNotes;

    private final FileDialogs dialogs;

    SectionsEditor(PackBuilderViewModel model, FileDialogs dialogs) {
        this.dialogs = dialogs;
        this.model = model;
    }

    /** Shows the pack's sections, or none (and nothing to edit) when no pack is open. */
    void follow(List<PackSection> next) {
        following = true;
        try {
            sectionList.setDisable(next == null);
            if (next == null) sections.clear();
            else followSections(next);
        } finally {
            following = false;
        }
    }

    static void setIfDifferent(TextInputControl control, String value) {
        if (!control.getText().strip().equals(value)) control.setText(value);
    }

    Node build() {
        sectionList.setId("sectionList");
        sectionList.setAccessibleText(UiText.get("pack.sections.accessible"));
        sectionList.setCellFactory(list -> new SectionCell(model));
        // every section in view at once, whatever the theme's row height: the form around it scrolls, not the list
        sectionList.setFixedCellSize(30);
        sectionList.prefHeightProperty().bind(Bindings.max(2, Bindings.size(sections))
                .multiply(30).add(4));
        sectionList.setPlaceholder(new Label(UiText.get("pack.sections.placeholder")));
        sectionList.minHeightProperty().bind(sectionList.prefHeightProperty());
        Button up = new Button(UiText.get("pack.sections.moveUp"), Icons.MOVE_UP.icon());
        up.setId("moveUp");
        Button down = new Button(UiText.get("pack.sections.moveDown"), Icons.MOVE_DOWN.icon());
        down.setId("moveDown");
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        up.disableProperty().bind(sectionList.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        down.disableProperty().bind(sectionList.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(sectionList.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        Bindings.size(sections).subtract(1))));
        sectionList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showSection(i.intValue()));
        sectionList.setOnKeyPressed(e -> {
            int index = sectionList.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && index >= 0) {
                model.setSectionIncluded(index, !model.section(index).included());
                e.consume();
            }
        });
        up.setTooltip(new Tooltip(UiText.get("pack.sections.moveUp.tooltip")));
        down.setTooltip(new Tooltip(UiText.get("pack.sections.moveDown.tooltip")));
        sectionDetail.setId("sectionDetail");
        Label heading = new Label(UiText.get("pack.sections.heading"));
        heading.getStyleClass().add("section-heading");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, heading, spacer, up, down);
        header.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, header, sectionList, sectionDetail);
    }

    private void move(int delta) {
        int index = sectionList.getSelectionModel().getSelectedIndex();
        if (index < 0) return;
        int at = model.moveSection(index, delta);
        sectionList.getSelectionModel().select(at);
        sectionList.scrollTo(Math.max(0, at - 2));
    }

    /**
     * The notes and options of the selected section. The same section with the same options keeps its controls (only
     * its notes follow the pack), so that typing into them is never interrupted by a rebuild.
     */
    private void showSection(int index) {
        PackSection section = index < 0 || model.pack() == null ? null : model.section(index);
        if (section != null && shownSection != null && index == shownIndex && section.kind() == shownSection.kind()
                && section.options().equals(shownSection.options()) && shownNotes != null) {
            setIfDifferent(shownNotes, section.notes());
            shownSection = section;
            return;
        }
        sectionDetail.getChildren().clear();
        shownIndex = index;
        shownSection = section;
        shownNotes = null;
        if (section == null) return;
        Label heading = new Label(kindLabel(section.kind()));
        heading.getStyleClass().add("section-heading");
        sectionDetail.getChildren().add(heading);
        for (SectionOption option : section.kind().options()) sectionDetail.getChildren().add(optionControl(index, section, option));
        TextArea notes = new TextArea(section.notes());
        notes.setId("sectionNotes");
        notes.setPromptText(UiText.get("pack.sections.notes.prompt"));
        notes.setAccessibleText(UiText.get("pack.sections.notes.accessible", kindLabel(section.kind())));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().addListener((o, a, s) -> {
            if (!following) model.setSectionNotes(index, s);
        });
        sectionDetail.getChildren().add(notes);
        shownNotes = notes;
    }

    private Node optionControl(int index, PackSection section, SectionOption option) {
        String name = optionLabel(option);
        Label label = new Label(name);
        if (option.isChoice()) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(option.choices()));
            box.setId("option-" + option.key());
            box.setValue(section.option(option.key()));
            box.setAccessibleText(name);
            box.setConverter(Labels.of(s -> choiceLabel(option, s)));
            box.valueProperty().addListener((o, a, v) -> model.setSectionOption(index, option.key(), v));
            return new VBox(2, label, box);
        }
        if (option.key().equals(SectionKind.EARLIER_FILE)) return earlierFile(index, section, label);
        List<Measure> measures = model.datasetProperty().get().dataset().measures();
        CheckListView<Measure> list = new CheckListView<>(FXCollections.observableArrayList(measures));
        list.setId("option-" + option.key());
        list.setAccessibleText(name);
        list.setPrefHeight(7 * 24);
        for (String id : section.optionList(option.key())) {
            measures.stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> list.getCheckModel().check(m));
        }
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Measure>) c -> {
            String value = String.join(",", measures.stream().filter(list.getCheckModel()::isChecked).map(Measure::id).toList());
            model.setSectionOption(index, option.key(), value);
        });
        list.setCellFactory(lv -> new CheckBoxListCell<Measure>((Measure m) -> list.getItemBooleanProperty(m),
                Labels.of(Measure::label)));
        return new VBox(2, label, list);
    }

    /** The earlier dataset "New since…" compares with, and the button that chooses it. */
    private Node earlierFile(int index, PackSection section, Label label) {
        String file = section.option(SectionKind.EARLIER_FILE);
        Label chosen = new Label(file.isBlank() ? UiText.get("pack.newSince.none") : file);
        chosen.setId("earlierFile");
        chosen.setWrapText(true);
        Button choose = new Button(UiText.get("pack.newSince.choose"));
        choose.setId("chooseEarlierDataset");
        choose.setOnAction(e -> model.chooseEarlierDataset(index, dialogs));
        return new VBox(2, label, chosen, choose);
    }

    /** A section's name in the app's language (the Chinese bundle names them; English is the core's). */
    static String kindLabel(SectionKind kind) {
        return UiText.label(kind, kind.label());
    }

    /** An option's name in the app's language: {@code enum.SectionOption.<key>} when the bundle has it. */
    static String optionLabel(SectionOption option) {
        return UiText.named("enum.SectionOption." + option.key(), option.label());
    }

    /**
     * One of an option's choices in the app's language: {@code enum.SectionOption.<key>.<choice>} when the bundle
     * has it, else the choice's spelling as words ("country-and-region" reads "Country and region").
     */
    static String choiceLabel(SectionOption option, String choice) {
        String english = Character.toUpperCase(choice.charAt(0)) + choice.substring(1).replace('-', ' ');
        return UiText.named("enum.SectionOption." + option.key() + "." + choice, english);
    }

    /**
     * Brings the list up to date row by row when the sections are the same in the same order (a note, a tick or an
     * option changed), so the selection and the detail being typed into stay put; replaces it when they moved.
     */
    private void followSections(List<PackSection> next) {
        int selected = sectionList.getSelectionModel().getSelectedIndex();
        boolean sameOrder = sections.size() == next.size();
        for (int i = 0; sameOrder && i < next.size(); i++) sameOrder = sections.get(i).kind() == next.get(i).kind();
        if (sameOrder) {
            for (int i = 0; i < next.size(); i++) {
                if (!sections.get(i).equals(next.get(i))) sections.set(i, next.get(i));
            }
            if (sectionList.getSelectionModel().getSelectedIndex() != selected && selected >= 0) {
                sectionList.getSelectionModel().select(selected);
            }
        } else {
            sections.setAll(next);
            if (selected >= 0) sectionList.getSelectionModel().select(selected);
        }
        showSection(sectionList.getSelectionModel().getSelectedIndex());
    }

}
