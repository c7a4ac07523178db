package org.attache.app.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import org.attache.app.common.UiText;
import org.attache.core.search.SearchHit;

/** The search field and the list of results that drops below it, grouped by type, matches in bold. */
public final class SearchBar {
    private final SearchViewModel model;
    private final Consumer<SearchHit> open;
    private final TextField field = new TextField();
    private final ListView<Object> list;
    private final Popup popup = new Popup();

    public SearchBar(SearchViewModel model, Consumer<SearchHit> open) {
        this.model = model;
        this.open = open;
        this.list = new ListView<>(model.results());
    }

    public Node build() {
        field.setId("searchField");
        field.setPromptText(UiText.get("search.prompt"));
        field.setAccessibleText(UiText.get("search.accessible"));
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> model.first().ifPresent(this::choose));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(1);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });

        list.setId("searchResults");
        list.setPrefSize(560, 420);
        list.setAccessibleText(UiText.get("search.results"));
        list.setPlaceholder(new Label(UiText.get("search.nothingFound")));
        list.setCellFactory(l -> new ResultCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Object item = list.getSelectionModel().getSelectedItem();
                if (item instanceof SearchHit hit) choose(hit);
                else if (item instanceof SearchViewModel.ShowAll more) model.showAll(more.type());
                else model.first().ifPresent(this::choose);
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            Object item = list.getSelectionModel().getSelectedItem();
            if (item instanceof SearchHit hit) choose(hit);
            else if (item instanceof SearchViewModel.ShowAll more) model.showAll(more.type());
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);

        // new results (typing, or a reload) open the list only for someone searching: a closed list stays closed
        model.results().addListener((ListChangeListener<Object>) c -> {
            if (field.isFocused() || popup.isShowing()) showOrHide();
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (focused) showOrHide();
        });
        return field;
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void showOrHide() {
        boolean show = !field.getText().isBlank() && field.getScene() != null && field.getScene().getWindow() != null;
        if (!show) {
            popup.hide();
            return;
        }
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, Math.max(0, b.getMaxX() - list.getPrefWidth()), b.getMaxY() + 2);
            field.requestFocus();
        }
    }

    private void choose(SearchHit hit) {
        popup.hide();
        open.accept(hit);
    }

    /** A group heading, or a hit with its title and snippet and the matched words in bold. */
    private static final class ResultCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("search-group");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof SearchViewModel.Group group) {
                Label heading = new Label(UiText.get("search.group", UiText.label(group.type(), group.type().label()),
                        String.valueOf(group.count())));
                getStyleClass().add("search-group");
                setGraphic(heading);
                setMouseTransparent(true);
            } else if (item instanceof SearchViewModel.ShowAll more) {
                setMouseTransparent(false);
                Label all = new Label(UiText.get("search.showAll", String.valueOf(more.count()),
                        UiText.label(more.type(), more.type().label()).toLowerCase(Locale.ROOT)));
                all.getStyleClass().add("search-more");
                setGraphic(all);
                setAccessibleText(all.getText());
            } else if (item instanceof SearchHit hit) {
                setMouseTransparent(false);
                TextFlow title = highlighted(hit.title(), hit.titleMatches(), "search-title");
                VBox box = new VBox(2, title);
                if (!hit.snippet().isEmpty()) box.getChildren().add(highlighted(hit.snippet(), hit.snippetMatches(), "search-snippet"));
                box.setPrefWidth(520);
                setGraphic(box);
                setAccessibleText(UiText.get("search.hit", hit.title(), hit.snippet()));
            }
        }

        private static TextFlow highlighted(String text, List<SearchHit.Range> ranges, String style) {
            TextFlow flow = new TextFlow();
            int at = 0;
            for (SearchHit.Range r : ranges) {
                if (r.start() > at) flow.getChildren().add(text(text.substring(at, r.start()), style, false));
                flow.getChildren().add(text(text.substring(r.start(), Math.min(text.length(), r.end())), style, true));
                at = Math.min(text.length(), r.end());
            }
            if (at < text.length()) flow.getChildren().add(text(text.substring(at), style, false));
            return flow;
        }

        private static Text text(String s, String style, boolean match) {
            Text t = new Text(s);
            t.getStyleClass().add(style);
            if (match) t.getStyleClass().add("search-match");
            return t;
        }
    }
}
