package org.attache.app.summary;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.attache.app.common.UiText;
import org.attache.core.data.Problem;

/** Shows what the open dataset holds: its title, who signed it, the number of records of each type, and its problems. */
public final class SummaryView {
    private final SummaryViewModel model;

    public SummaryView(SummaryViewModel model) {
        this.model = model;
    }

    /** Shows the lines of the file around a problem (double-click or Enter on it). */
    private static void showPlace(Problem p) {
        if (p == null) return;
        TextArea text = new TextArea(ProblemPlace.excerpt(p));
        text.setEditable(false);
        text.setId("problemPlace");
        text.setFont(javafx.scene.text.Font.font("monospace", 12));
        text.setPrefSize(760, 260);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(UiText.get("summary.place.title"));
        alert.setHeaderText(p.location() + "\n" + p.message());
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    public Parent build() {
        Label title = new Label();
        title.setId("datasetTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(model.titleProperty());

        Label source = new Label();
        source.setId("datasetName");
        source.getStyleClass().add("subtitle");
        source.textProperty().bind(model.datasetNameProperty());

        Label signature = SignatureLabel.of(model.signatureProperty(), model.signatureWarnsProperty());
        signature.setId("datasetSignature");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadingIndicator");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.loadingProperty());

        ListView<String> counts = new ListView<>(model.counts());
        counts.setId("recordCounts");
        counts.setAccessibleText(UiText.get("summary.counts.accessible"));
        counts.setPrefWidth(260);

        ListView<Problem> problems = new ListView<>(model.problems());
        problems.setId("problemList");
        problems.setAccessibleText(UiText.get("summary.problems.accessible"));
        problems.setPlaceholder(new Label(UiText.get("summary.problems.none")));
        problems.setCellFactory(list -> new ProblemCell());
        problems.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) showPlace(problems.getSelectionModel().getSelectedItem());
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) showPlace(problems.getSelectionModel().getSelectedItem());
        });

        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());

        VBox header = new VBox(4, new HBox(12, title, progress), source, signature);
        Label countsHeading = new Label(UiText.get("summary.counts.heading"));
        countsHeading.getStyleClass().add("section-heading");
        Label problemsHeading = new Label();
        problemsHeading.getStyleClass().add("section-heading");
        problemsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("summary.problems.heading", String.valueOf(model.problems().size())), model.problems()));

        VBox left = new VBox(6, countsHeading, counts);
        VBox right = new VBox(6, problemsHeading, problems);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(counts, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("summary");
        root.setTop(header);
        root.setCenter(new HBox(16, left, right));
        root.setBottom(status);
        BorderPane.setMargin(header, new Insets(0, 0, 16, 0));
        BorderPane.setMargin(status, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(20));
        return root;
    }
}
