package org.attache.app.search;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.app.common.UiText;
import org.attache.core.search.RecordDetails;
import org.attache.core.search.RecordType;

/**
 * A record's details in a small window, its sources as links that show the source record in the same window.
 * Addresses are text: nothing opens a browser; the user may copy one.
 */
public final class RecordDetailsView {
    private final SearchViewModel model;
    private final Stage stage = new Stage();
    private final VBox content = new VBox(8);
    private final Deque<RecordDetails> back = new ArrayDeque<>();
    private RecordDetails shown;

    public RecordDetailsView(SearchViewModel model, Window owner, String stylesheet) {
        this.model = model;
        stage.initOwner(owner);
        content.setPadding(new Insets(16));
        content.setId("recordDetails");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Button close = new Button(UiText.get("search.details.close"));
        close.setId("detailsClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(scroll, null, null, buttons, null);
        Scene scene = new Scene(root, 560, 440);
        scene.getStylesheets().add(stylesheet);
        // Esc closes the window, as in every dialog (the Close button is its cancel button)
        stage.setScene(scene);
    }

    public void show(RecordDetails details) {
        back.clear();
        display(details);
        stage.show();
        stage.toFront();
    }

    private void display(RecordDetails d) {
        shown = d;
        stage.setTitle(d.title());
        content.getChildren().clear();
        Label kind = new Label(UiText.label(d.type(), d.type().label()));
        kind.getStyleClass().add("subtitle");
        Label title = new Label(d.title());
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.setId("detailsTitle");
        content.getChildren().addAll(kind, title);
        for (String line : d.lines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            content.getChildren().add(l);
            if (d.type() == RecordType.SOURCE && line.startsWith("Address: ")) {
                Button copy = new Button(UiText.get("search.details.copyAddress"));
                copy.setId("copyAddress");
                String url = line.substring("Address: ".length());
                copy.setOnAction(e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(url);
                    Clipboard.getSystemClipboard().setContent(c);
                });
                content.getChildren().add(copy);
            }
        }
        if (!d.sources().isEmpty()) {
            Label heading = new Label(UiText.get("search.details.sources"));
            heading.getStyleClass().add("section-heading");
            content.getChildren().add(heading);
            int n = 1;
            for (String id : d.sources()) {
                RecordDetails source = model.details(RecordType.SOURCE, id).orElse(null);
                Hyperlink link = new Hyperlink("[" + n++ + "] " + (source == null ? id : source.lines().get(0)));
                link.setWrapText(true);
                link.setDisable(source == null);
                link.setOnAction(e -> {
                    back.push(shown);
                    display(source);
                });
                content.getChildren().add(link);
            }
        }
        if (!back.isEmpty()) {
            Button previous = new Button(UiText.get("search.details.back"));
            previous.setOnAction(e -> display(back.pop()));
            content.getChildren().add(0, new HBox(previous));
        }
    }
}
