package org.attache.app.summary;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.attache.app.common.UiText;
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
        message.setText(problem.isError() ? UiText.get("summary.problem.error", problem.message())
                : UiText.get("summary.problem.warning", problem.message()));
        message.getStyleClass().setAll("label", problem.isError() ? "problem-error" : "problem-warning");
        place.setText(problem.location().toString());
        setGraphic(box);
        // as the core writes a problem ("campaign.json:12:7 at $.actions[3]: error: ..."), in the app's language
        setAccessibleText(UiText.get("summary.problem.accessible", problem.location().toString(),
                UiText.label(problem.severity(), problem.severity().label()), problem.message()));
    }
}
