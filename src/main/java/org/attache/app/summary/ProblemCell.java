package org.attache.app.summary;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.attache.core.data.Problem;

/** Shows one problem as its message, wrapped to the list's width, above its place in the file. */
final class ProblemCell extends ListCell<Problem> {
    private final Label message = new Label();
    private final Label place = new Label();
    private final VBox box = new VBox(2, message, place);

    ProblemCell() {
        message.setWrapText(true);
        place.getStyleClass().add("subtitle");
        setPrefWidth(0); // let the list's width, not the text, decide the cell's width
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        if (empty || problem == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        message.setText((problem.isError() ? "Error: " : "Warning: ") + problem.message());
        message.getStyleClass().setAll("label", problem.isError() ? "problem-error" : "problem-warning");
        place.setText(problem.location().toString());
        setGraphic(box);
        setAccessibleText(problem.toString());
    }
}
