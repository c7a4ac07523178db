package org.attache.app.pack;

import org.attache.app.common.FileDialogs;
import static org.attache.app.pack.Forms.grid;
import static org.attache.app.pack.Forms.label;
import static org.attache.app.pack.Forms.titled;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.attache.app.common.DateInput;
import org.attache.app.common.Labels;
import org.attache.app.common.UiText;
import org.attache.core.analysis.StaleFacts;
import org.attache.core.model.Country;
import org.attache.core.pack.Classification;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.Pack;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import org.controlsfx.control.SearchableComboBox;

/**
 * The pack builder: country, meeting, template and sections on the left; the pages as they will print on the
 * right. Controls write to the view model as the user types; when a pack is opened, they follow it.
 */
public final class PackBuilderView {
    private final PackBuilderViewModel model;
    private boolean following;

    private final SearchableComboBox<Country> country = new SearchableComboBox<>();
    private final ComboBox<Template> template = new ComboBox<>(FXCollections.observableArrayList(Template.values()));
    private final DatePicker date = new DatePicker();
    private final TextField counterpartName = new TextField();
    private final TextField counterpartTitle = new TextField();
    private final TextField place = new TextField();
    private final TextArea purpose = new TextArea();
    private final ComboBox<String> classification = new ComboBox<>();
    private final TextField caveat = new TextField();
    private final CheckBox draft = new CheckBox(UiText.get("pack.builder.draft"));
    private final TextField preparedBy = new TextField();
    private final TextField reference = new TextField();
    private final Spinner<Integer> version = new Spinner<>(1, DocumentControl.MAX_VERSION, 1);
    private final Spinner<Integer> staleAge = new Spinner<>(1, Pack.MOST_STALE_SOURCE_AGE, StaleFacts.DEFAULT_SOURCE_AGE);
    private final TextField handling = new TextField();
    private final ComboBox<PaperSize> paper = new ComboBox<>(FXCollections.observableArrayList(PaperSize.values()));
    private final ComboBox<BriefLanguage> language = new ComboBox<>(FXCollections.observableArrayList(BriefLanguage.values()));
    private final CheckBox numbered = new CheckBox(UiText.get("pack.builder.numbered"));
    private final CheckBox flagStale = new CheckBox(UiText.get("pack.builder.flagStale"));
    private final TextArea packNotes = new TextArea();
    private final SectionsEditor sections;

    public PackBuilderView(PackBuilderViewModel model, FileDialogs dialogs) {
        this.model = model;
        this.sections = new SectionsEditor(model, dialogs);
    }

    public Parent build() {
        VBox form = new VBox(14, countryAndTemplate(), meeting(), sections.build(), documentControl(), notesBox(),
                new HandOutView(model.handOut()).build());
        form.setPadding(new Insets(16));
        form.getStyleClass().add("builder-form");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setId("builderForm");

        VBox noticeBox = new VBox(4);
        noticeBox.getStyleClass().add("notice");
        noticeBox.setId("datasetNotice");
        model.notices().addListener((ListChangeListener<String>) c -> fillNotices(noticeBox));
        fillNotices(noticeBox);
        VBox left = new VBox(noticeBox, formScroll);
        VBox.setVgrow(formScroll, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, new PreviewPane(model).build());
        split.setId("builderSplit");
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(left, false);

        model.packProperty().addListener((o, old, pack) -> follow(pack));
        follow(model.pack());
        return split;
    }

    private void fillNotices(VBox box) {
        box.getChildren().clear();
        for (String line : model.notices()) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.setVisible(!model.notices().isEmpty());
        box.setManaged(!model.notices().isEmpty());
    }

    // Form parts ------------------------------------------------------------------------------------------

    private Node countryAndTemplate() {
        country.setId("countryChooser");
        country.setItems(model.countries());
        country.setAccessibleText(UiText.get("pack.builder.country.accessible"));
        country.setConverter(Labels.of(c -> UiText.get("pack.builder.country.choice", model.countryChoice(c), c.code())));
        country.setPromptText(UiText.get("pack.builder.country.prompt"));
        country.setMaxWidth(Double.MAX_VALUE);
        country.valueProperty().addListener((o, a, c) -> {
            if (!following) model.chooseCountry(c);
        });
        // a reload brings new country records: the box shows the pack's country among them, not a blank
        model.countries().addListener((ListChangeListener<Country>) c -> {
            boolean was = following;
            following = true;
            try {
                country.setValue(model.country());
            } finally {
                following = was;
            }
        });
        template.setId("templateChooser");
        template.setAccessibleText(UiText.get("pack.builder.template"));
        template.setConverter(Labels.of(t -> UiText.label(t, t.label())));
        template.setMaxWidth(Double.MAX_VALUE);
        template.valueProperty().addListener((o, a, t) -> {
            if (!following) model.chooseTemplate(t);
        });
        GridPane grid = grid();
        grid.addRow(0, label(UiText.get("pack.builder.country"), country), country);
        grid.addRow(1, label(UiText.get("pack.builder.template"), template), template);
        return titled(UiText.get("pack.builder.heading.pack"), grid);
    }

    private Node meeting() {
        date.setId("meetingDate");
        DateInput dates = new DateInput(Locale.getDefault(Locale.Category.FORMAT));
        date.setPromptText(dates.hint());
        date.setAccessibleText(UiText.get("pack.builder.date.accessible", dates.hint()));
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateInput.format(d);
            }

            @Override
            public LocalDate fromString(String text) {
                Optional<LocalDate> parsed = dates.parse(text);
                boolean refused = parsed.isEmpty() && !text.isBlank();
                date.getStyleClass().remove("invalid");
                if (!refused) return parsed.orElse(null);
                // the pack keeps its date, and the field keeps what was typed, marked, until it is put right
                date.getStyleClass().add("invalid");
                model.refuseInput(UiText.get("pack.builder.date.refused", text.strip(), dates.hint(),
                        date.getValue() == null ? UiText.get("pack.builder.date.none")
                                : DateInput.format(date.getValue())));
                Platform.runLater(() -> {
                    date.getEditor().setText(text);
                    date.getEditor().end();
                });
                return date.getValue();
            }
        });
        date.valueProperty().addListener((o, a, d) -> edit(m -> m.withDate(d)));
        counterpartName.setId("counterpartName");
        counterpartTitle.setId("counterpartTitle");
        place.setId("meetingPlace");
        purpose.setId("meetingPurpose");
        purpose.setPrefRowCount(2);
        purpose.setWrapText(true);
        onText(counterpartName.textProperty(), s -> edit(m -> m.withCounterpartName(s)));
        onText(counterpartTitle.textProperty(), s -> edit(m -> m.withCounterpartTitle(s)));
        onText(place.textProperty(), s -> edit(m -> m.withPlace(s)));
        onText(purpose.textProperty(), s -> edit(m -> m.withPurpose(s)));
        GridPane grid = grid();
        grid.addRow(0, label(UiText.get("pack.builder.date"), date), date);
        grid.addRow(1, label(UiText.get("pack.builder.counterpart"), counterpartName), counterpartName);
        grid.addRow(2, label(UiText.get("pack.builder.counterpartTitle"), counterpartTitle), counterpartTitle);
        grid.addRow(3, label(UiText.get("pack.builder.place"), place), place);
        grid.addRow(4, label(UiText.get("pack.builder.purpose"), purpose), purpose);
        return titled(UiText.get("pack.builder.heading.meeting"), grid);
    }

    private Node documentControl() {
        classification.setId("classification");
        classification.setItems(model.handOut().markings());
        caveat.setId("caveat");
        caveat.setPromptText(UiText.get("pack.builder.caveat.prompt"));
        caveat.setTextFormatter(new TextFormatter<String>(
                c -> c.getControlNewText().length() <= Classification.MAX_LENGTH ? c : null));
        onText(caveat.textProperty(), s -> control(c -> c.withCaveat(s)));
        draft.setId("draft");
        draft.selectedProperty().addListener((o, a, on) -> {
            if (!following) control(c -> c.withDraft(on));
        });
        classification.setEditable(true);
        classification.setAccessibleText(UiText.get("pack.builder.marking.accessible"));
        classification.getEditor().textProperty().addListener((o, a, s) -> {
            if (!following && s.length() <= Classification.MAX_LENGTH) model.setClassification(s);
        });
        classification.valueProperty().addListener((o, a, s) -> {
            if (!following && s != null) model.setClassification(s);
        });
        paper.setId("paper");
        paper.setAccessibleText(UiText.get("pack.builder.paper.accessible"));
        paper.setConverter(Labels.of(p -> UiText.label(p, p.label())));
        paper.valueProperty().addListener((o, a, p) -> {
            if (!following && p != null) model.setPaper(p);
        });
        language.setId("language");
        language.setAccessibleText(UiText.get("pack.builder.language.accessible"));
        language.setConverter(Labels.of(BriefLanguage::label));
        language.setTooltip(new javafx.scene.control.Tooltip(UiText.get("pack.builder.language.tooltip")));
        language.valueProperty().addListener((o, a, l) -> {
            if (!following && l != null) model.setLanguage(l);
        });
        numbered.setId("numbered");
        numbered.setAccessibleText(UiText.get("pack.builder.numbered.accessible"));
        numbered.selectedProperty().addListener((o, a, on) -> {
            if (!following) model.setNumbered(on);
        });
        flagStale.setId("flagStale");
        flagStale.setAccessibleText(UiText.get("pack.builder.flagStale.accessible"));
        flagStale.setTooltip(new javafx.scene.control.Tooltip(UiText.get("pack.builder.flagStale.accessible")));
        flagStale.selectedProperty().addListener((o, a, on) -> {
            if (!following) model.setFlagStale(on);
        });
        staleAge.setId("staleAge");
        staleAge.setEditable(true);
        staleAge.setPrefWidth(72);
        staleAge.getEditor().setTextFormatter(new TextFormatter<String>(
                c -> c.getControlNewText().matches("[0-9]{0,3}") ? c : null));
        staleAge.setAccessibleText(UiText.get("pack.builder.staleAge.accessible"));
        staleAge.valueProperty().addListener((o, a, years) -> {
            if (!following && years != null) model.setStaleSourceAge(years);
        });
        preparedBy.setId("preparedBy");
        preparedBy.setPromptText(UiText.get("pack.builder.preparedBy.prompt"));
        reference.setId("reference");
        reference.setPromptText(UiText.get("pack.builder.reference.prompt"));
        version.setId("version");
        version.setEditable(true);
        // a version is typed as a number of up to three digits; anything else is refused as it is typed
        version.getEditor().setTextFormatter(new TextFormatter<String>(
                c -> c.getControlNewText().matches("[0-9]{0,3}") ? c : null));
        version.setAccessibleText(UiText.get("pack.builder.version.accessible"));
        version.setMaxWidth(Double.MAX_VALUE);
        handling.setId("handling");
        handling.setPromptText(UiText.get("pack.builder.handling.prompt"));
        for (TextField field : List.of(preparedBy, reference, handling)) {
            // a cover line holds so much; typing or pasting beyond it is refused rather than cut later
            field.setTextFormatter(new TextFormatter<String>(
                    c -> c.getControlNewText().length() <= DocumentControl.MAX_LENGTH ? c : null));
        }
        onText(preparedBy.textProperty(), s -> control(c -> c.withPreparedBy(s)));
        onText(reference.textProperty(), s -> control(c -> c.withReference(s)));
        onText(handling.textProperty(), s -> control(c -> c.withHandling(s)));
        version.valueProperty().addListener((o, a, v) -> {
            if (v != null) control(c -> c.withVersion(v));
        });
        GridPane grid = grid();
        grid.addRow(0, label(UiText.get("pack.builder.preparedBy"), preparedBy), preparedBy);
        grid.addRow(1, label(UiText.get("pack.builder.reference"), reference), reference);
        grid.addRow(2, label(UiText.get("pack.builder.version"), version), version);
        grid.addRow(3, label(UiText.get("pack.builder.marking"), classification), classification);
        grid.addRow(4, label(UiText.get("pack.builder.caveat"), caveat), caveat);
        grid.addRow(5, label(UiText.get("pack.builder.handling"), handling), handling);
        grid.addRow(6, label(UiText.get("pack.builder.paper"), paper), paper);
        grid.addRow(7, label(UiText.get("pack.builder.language"), language), language);
        grid.add(numbered, 1, 8);
        grid.add(draft, 1, 9);
        Label staleAgeLabel = label(UiText.get("pack.builder.staleAge"), staleAge);
        HBox stale = new HBox(8, flagStale, staleAgeLabel, staleAge, new Label(UiText.get("pack.builder.staleAge.years")));
        stale.setAlignment(Pos.CENTER_LEFT);
        grid.add(stale, 1, 10);
        return titled(UiText.get("pack.builder.heading.document"), grid);
    }

    private Node notesBox() {
        packNotes.setId("packNotes");
        packNotes.setPromptText(UiText.get("pack.builder.notes.prompt"));
        packNotes.setAccessibleText(UiText.get("pack.builder.notes.accessible"));
        packNotes.setPrefRowCount(4);
        packNotes.setWrapText(true);
        onText(packNotes.textProperty(), model::setNotes);
        return titled(UiText.get("pack.builder.heading.notes"), packNotes);
    }

    // Following the model ---------------------------------------------------------------------------------

    /** Sets every control from the pack, without echoing the values back as edits. */
    private void follow(Pack pack) {
        following = true;
        try {
            boolean has = pack != null;
            for (Node n : List.of(template, date, counterpartName, counterpartTitle, place, purpose, preparedBy,
                    reference, version, classification, caveat, draft, handling, paper, numbered, flagStale, packNotes)) {
                n.setDisable(!has);
            }
            staleAge.setDisable(!has);
            sections.follow(has ? pack.sections() : null);
            if (!has) return;
            Country c = model.country();
            if (country.getValue() != c) country.setValue(c);
            template.setValue(pack.template());
            Meeting m = pack.meeting();
            if (!Objects.equals(date.getValue(), m.date())) date.setValue(m.date());
            setIfDifferent(counterpartName, m.counterpartName());
            setIfDifferent(counterpartTitle, m.counterpartTitle());
            setIfDifferent(place, m.place());
            setIfDifferent(purpose, m.purpose());
            DocumentControl control = pack.control();
            setIfDifferent(preparedBy, control.preparedBy());
            setIfDifferent(reference, control.reference());
            setIfDifferent(handling, control.handling());
            // the caveat box keeps what is being typed; the pack holds it in capitals, as it prints
            if (!Classification.normalise(caveat.getText(), "").equals(control.caveat())) caveat.setText(control.caveat());
            draft.setSelected(control.draft());
            if (version.getValue() != control.version()) version.getValueFactory().setValue(control.version());
            // the marking shows what will print; an empty box that someone is typing into is left to them
            String typed = classification.getEditor().getText();
            boolean showDefault = typed.isBlank() && !classification.getEditor().isFocused();
            if (showDefault || !pack.classification().equals(Classification.normalise(typed))) {
                classification.setValue(pack.classification());
            }
            paper.setValue(pack.paper());
            language.setValue(pack.language());
            numbered.setSelected(pack.numbered());
            flagStale.setSelected(pack.flagStale());
            staleAge.setDisable(!pack.flagStale());
            if (!Objects.equals(staleAge.getValue(), pack.staleSourceAge())) staleAge.getValueFactory().setValue(pack.staleSourceAge());
            setIfDifferent(packNotes, pack.notes());
        } finally {
            following = false;
        }
    }

    private static void setIfDifferent(TextInputControl control, String value) {
        SectionsEditor.setIfDifferent(control, value);
    }

    private void edit(UnaryOperator<Meeting> change) {
        if (!following) model.editMeeting(change);
    }

    private void control(UnaryOperator<DocumentControl> change) {
        if (!following) model.editControl(change);
    }

    private void onText(ObservableValue<String> text, Consumer<String> action) {
        text.addListener((o, a, s) -> {
            if (!following) action.accept(s);
        });
    }
}
