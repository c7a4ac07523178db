package org.attache.app.batch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.Labels;
import org.attache.app.common.Notices;
import org.attache.app.common.UiText;
import org.attache.core.export.BatchItem;
import org.attache.core.export.BatchSummary;
import org.attache.core.model.Region;
import org.attache.core.pack.Output;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/** A window of its own for batch export, so the main window stays usable while the PDFs are made. */
public final class BatchExportDialog {
    private final BatchExportViewModel model;
    private final FileDialogs dialogs;
    private final Consumer<Path> openFolder;
    private final Stage stage = new Stage();

    public BatchExportDialog(BatchExportViewModel model, FileDialogs dialogs, Consumer<Path> openFolder) {
        this.model = model;
        this.dialogs = dialogs;
        this.openFolder = openFolder;
    }

    public Stage show(Window owner, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle(UiText.get("batch.window.title"));
        Parent root = build();
        // as tall as its content needs, in any theme, and never smaller than that
        Scene scene = new Scene(root, 640, -1);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
        stage.sizeToScene();
        stage.show();
        stage.setMinWidth(stage.getWidth());
        stage.setMinHeight(stage.getHeight());
        return stage;
    }

    private Parent build() {
        ToggleGroup group = new ToggleGroup();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);

        ComboBox<Region> region = new ComboBox<>(FXCollections.observableArrayList(Region.values()));
        region.setId("batchRegion");
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setConverter(Labels.of(r -> UiText.label(r, r.label())));
        TextField codes = new TextField();
        codes.setId("batchCodes");
        codes.setPromptText("LV, LT, EE");
        codes.textProperty().bindBidirectional(model.codesProperty());
        VBox scopes = new VBox(6);
        for (BatchExportViewModel.Scope s : BatchExportViewModel.Scope.values()) {
            RadioButton r = new RadioButton(s.label());
            r.setId("scope-" + s.name().toLowerCase(Locale.ROOT));
            r.setToggleGroup(group);
            r.setUserData(s);
            r.setSelected(model.scopeProperty().get() == s);
            Node extra = s == BatchExportViewModel.Scope.REGION ? region : s == BatchExportViewModel.Scope.LIST ? codes : null;
            HBox row = extra == null ? new HBox(r) : new HBox(10, r, extra);
            row.setAlignment(Pos.CENTER_LEFT);
            scopes.getChildren().add(row);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) model.scopeProperty().set((BatchExportViewModel.Scope) t.getUserData());
        });
        region.disableProperty().bind(model.scopeProperty().isNotEqualTo(BatchExportViewModel.Scope.REGION));
        codes.disableProperty().bind(model.scopeProperty().isNotEqualTo(BatchExportViewModel.Scope.LIST));
        Label count = new Label();
        count.setId("batchCount");
        count.getStyleClass().add("subtitle");
        count.textProperty().bind(Bindings.createStringBinding(model::countText,
                model.scopeProperty(), model.regionProperty(), model.codesProperty()));
        scopes.getChildren().add(count);

        ComboBox<Template> template = new ComboBox<>(FXCollections.observableArrayList(Template.values()));
        template.setId("batchTemplate");
        template.setConverter(Labels.of(t -> UiText.label(t, t.label())));
        template.valueProperty().bindBidirectional(model.templateProperty());
        CheckBox usePack = new CheckBox(UiText.get("batch.useOpenPack"));
        usePack.setId("batchUsePack");
        usePack.setDisable(!model.hasOpenPack());
        usePack.selectedProperty().bindBidirectional(model.useOpenPackProperty());
        template.disableProperty().bind(model.useOpenPackProperty());
        ComboBox<PaperSize> paper = new ComboBox<>(FXCollections.observableArrayList(PaperSize.values()));
        paper.setId("batchPaper");
        paper.setConverter(Labels.of(p -> UiText.label(p, p.label())));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        ComboBox<Output> output =
                new ComboBox<>(FXCollections.observableArrayList(Output.values()));
        output.setId("batchOutput");
        output.setConverter(Labels.of(o -> UiText.label(o, o.label())));
        output.valueProperty().bindBidirectional(model.outputProperty());

        TextField folder = new TextField(model.folderProperty().get() == null ? "" : model.folderProperty().get().toString());
        folder.setId("batchFolder");
        folder.setPromptText(UiText.get("batch.folder.prompt"));
        // typed or chosen: the field and the model follow each other; a path this system cannot have is not taken
        folder.textProperty().addListener((o, a, text) -> {
            try {
                Path typed = text.isBlank() ? null : Path.of(text.strip());
                if (!Objects.equals(typed, model.folderProperty().get())) model.folderProperty().set(typed);
            } catch (InvalidPathException e) {
                model.folderProperty().set(null);
            }
        });
        model.folderProperty().addListener((o, a, path) -> {
            String text = path == null ? "" : path.toString();
            if (path != null && !folder.getText().strip().equals(text)) folder.setText(text);
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(UiText.get("batch.folder.choose"));
        choose.setId("batchChooseFolder");
        choose.setOnAction(e -> dialogs.folder(UiText.get("batch.folder.dialogTitle"))
                .ifPresent(model.folderProperty()::set));
        CheckBox skip = new CheckBox(UiText.get("batch.skipExisting"));
        skip.setId("batchSkipExisting");
        skip.selectedProperty().bindBidirectional(model.skipExistingProperty());

        form.addRow(0, new Label(UiText.get("batch.label.countries")), scopes);
        form.addRow(1, new Label(UiText.get("batch.label.pattern")), new VBox(6, template, usePack));
        form.addRow(2, new Label(UiText.get("batch.label.output")), output);
        form.addRow(3, new Label(UiText.get("batch.label.paper")), paper);
        form.addRow(4, new Label(UiText.get("batch.label.folder")), new VBox(6, new HBox(6, folder, choose), skip));
        GridPane.setHgrow(scopes, Priority.ALWAYS);
        Node settings = form;
        settings.disableProperty().bind(model.runningProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("batchProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label current = new Label();
        current.setId("batchCurrent");
        current.textProperty().bind(model.currentProperty());
        Label timing = new Label();
        timing.setId("batchTiming");
        timing.textProperty().bind(model.timingProperty());
        Label message = new Label();
        message.setId("batchMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(current, gap, timing);

        Button close = new Button(UiText.get("batch.close"));
        close.setId("batchClose");
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        Button cancel = new Button(UiText.get("batch.cancel"));
        cancel.setId("batchCancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button export = new Button(UiText.get("batch.export"));
        export.setId("batchStart");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> model.start(this::done));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, cancel, export);

        VBox root = new VBox(14, settings, bar, status, message, buttons);
        VBox.setVgrow(message, Priority.ALWAYS);
        root.setPadding(new Insets(18));
        return root;
    }

    private void done(BatchSummary summary) {
        Path folder = model.folderProperty().get();
        List<BatchItem> failed = summary.with(BatchItem.Status.FAILED);
        if (!failed.isEmpty()) {
            // a failure is said in a dialog, country by country, with the file and the reason: a toast passes unseen
            StringBuilder text = new StringBuilder(UiText.get("batch.failures.intro", summary.describe(), folder))
                    .append("\n");
            for (BatchItem item : failed.subList(0, Math.min(12, failed.size()))) {
                text.append("\n").append(UiText.get("batch.failures.item", item.country().name(),
                        item.file().getFileName(), item.reason()));
            }
            if (failed.size() > 12) {
                text.append("\n").append(UiText.get("batch.failures.more", String.valueOf(failed.size() - 12)));
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, text.toString());
            alert.initOwner(stage);
            alert.setTitle(UiText.get("batch.failures.title"));
            alert.setHeaderText(failed.size() == 1 ? UiText.get("batch.failures.header.one")
                    : UiText.get("batch.failures.header.many", String.valueOf(failed.size())));
            alert.getDialogPane().setId("batchFailures");
            alert.show();
            return;
        }
        Notices.show(Notifications.create()
                .title(summary.cancelled() ? UiText.get("batch.done.cancelled") : UiText.get("batch.done.finished"))
                .text(summary.describe())
                .action(new Action(UiText.get("batch.done.openFolder"), e -> openFolder.accept(folder))), stage.getOwner());
    }
}
