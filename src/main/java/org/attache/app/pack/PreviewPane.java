package org.attache.app.pack;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.attache.app.common.FxImages;
import org.attache.app.common.Icons;
import org.attache.app.common.UiText;

/** The pages of the rendered pack, as they will print, with zoom and page navigation. */
final class PreviewPane {
    private static final double[] ZOOMS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0};

    private final PackBuilderViewModel model;
    private final VBox pages = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Label pageLabel = new Label(UiText.get("pack.preview.noPages"));
    private final Label zoomLabel = new Label();
    private final List<ImageView> views = new ArrayList<>();
    private double zoom = 0.9;

    PreviewPane(PackBuilderViewModel model) {
        this.model = model;
    }

    Node build() {
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("preview-pages");
        scroll.setId("previewScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview");
        scroll.vvalueProperty().addListener((o, a, b) -> updatePageLabel());
        pages.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) updatePageLabel();
        });

        Button previous = button("", UiText.get("pack.preview.previous"), "previousPage",
                () -> goTo(currentPage() - 1));
        previous.setGraphic(Icons.PAGE_UP.icon());
        Button next = button("", UiText.get("pack.preview.next"), "nextPage", () -> goTo(currentPage() + 1));
        next.setGraphic(Icons.PAGE_DOWN.icon());
        Button out = button("", UiText.get("pack.preview.zoomOut"), "zoomOut", () -> zoomBy(-1));
        out.setGraphic(Icons.ZOOM_OUT.icon());
        Button in = button("", UiText.get("pack.preview.zoomIn"), "zoomIn", () -> zoomBy(1));
        in.setGraphic(Icons.ZOOM_IN.icon());
        Button fit = button(UiText.get("pack.preview.fit"), UiText.get("pack.preview.fit.tooltip"), "zoomFit",
                this::fitWidth);
        pageLabel.setId("pageLabel");
        zoomLabel.setId("zoomLabel");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.renderingProperty());
        Label updating = new Label(UiText.get("pack.preview.updating"));
        updating.getStyleClass().add("subtitle");
        updating.visibleProperty().bind(model.renderingProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(previous, next, pageLabel, spacer, busy, updating, out, zoomLabel, in, fit);

        Label empty = new Label(UiText.get("pack.preview.empty"));
        empty.getStyleClass().add("preview-empty");
        StackPane centre = new StackPane(scroll, empty);
        empty.visibleProperty().bind(model.previewProperty().isNull());

        model.previewProperty().addListener((o, old, preview) -> show(preview));
        // a pack opened before this pane was first shown already has its pages
        if (model.previewProperty().get() != null) show(model.previewProperty().get());
        BorderPane root = new BorderPane(centre);
        root.setTop(bar);
        updateZoomLabel();
        return root;
    }

    private static Button button(String text, String accessible, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setTooltip(new Tooltip(accessible));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Preview preview) {
        double keep = scroll.getVvalue();
        views.clear();
        pages.getChildren().clear();
        if (preview == null) {
            updatePageLabel();
            return;
        }
        for (int i = 0; i < preview.pages().size(); i++) {
            ImageView view = new ImageView(FxImages.of(preview.pages().get(i)));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setAccessibleText(UiText.get("pack.preview.page", String.valueOf(i + 1),
                    String.valueOf(preview.pages().size())));
            StackPane paper = new StackPane(view);
            paper.getStyleClass().add("preview-page");
            paper.setMaxWidth(Region.USE_PREF_SIZE);
            views.add(view);
            pages.getChildren().add(paper);
        }
        applyZoom();
        scroll.layout();
        scroll.setVvalue(keep);
        updatePageLabel();
    }

    int pageCount() {
        return views.size();
    }

    double zoom() {
        return zoom;
    }

    private void applyZoom() {
        for (ImageView v : views) v.setFitWidth(v.getImage().getWidth() / PackBuilderViewModel.PREVIEW_SCALE * zoom);
        updateZoomLabel();
    }

    private void zoomBy(int step) {
        int i = 0;
        while (i < ZOOMS.length - 1 && ZOOMS[i] < zoom - 1e-6) i++;
        int next = Math.max(0, Math.min(ZOOMS.length - 1, i + step));
        zoom = ZOOMS[next];
        applyZoom();
    }

    private void fitWidth() {
        if (views.isEmpty()) return;
        double available = scroll.getViewportBounds().getWidth() - 40;
        double pageWidth = views.get(0).getImage().getWidth() / PackBuilderViewModel.PREVIEW_SCALE;
        zoom = Math.max(0.3, Math.min(3, available / pageWidth));
        applyZoom();
    }

    private void updateZoomLabel() {
        zoomLabel.setText(UiText.get("pack.preview.zoom", String.valueOf(Math.round(zoom * 100))));
    }

    private int currentPage() {
        if (views.isEmpty()) return 0;
        double contentHeight = pages.getHeight() - scroll.getViewportBounds().getHeight();
        double top = Math.max(0, contentHeight) * scroll.getVvalue() + scroll.getViewportBounds().getHeight() / 3;
        // the lowest page that starts above the line; pages not yet laid out all sit at the top and lose to page 1
        int current = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < views.size(); i++) {
            double y = pages.getChildren().get(i).getBoundsInParent().getMinY();
            if (y <= top && y > best) {
                best = y;
                current = i;
            }
        }
        return current;
    }

    private void goTo(int page) {
        if (views.isEmpty()) return;
        int p = Math.max(0, Math.min(views.size() - 1, page));
        double contentHeight = pages.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentHeight <= 0) return;
        double y = pages.getChildren().get(p).getBoundsInParent().getMinY() - 8;
        scroll.setVvalue(Math.max(0, Math.min(1, y / contentHeight)));
        updatePageLabel();
    }

    private void updatePageLabel() {
        pageLabel.setText(views.isEmpty() ? UiText.get("pack.preview.noPages")
                : UiText.get("pack.preview.page", String.valueOf(currentPage() + 1), String.valueOf(views.size())));
    }
}
