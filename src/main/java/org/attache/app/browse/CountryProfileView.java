package org.attache.app.browse;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.attache.app.charts.FxCharts;
import org.attache.app.common.Icons;
import org.attache.app.common.Labels;
import org.attache.app.common.UiText;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.model.Country;
import org.attache.core.model.Region;
import org.attache.core.model.TalkingPoint;

/** Countries by region on the left; the selected country's profile on the right. */
public final class CountryProfileView {
    private final CountryProfileViewModel model;
    private final TreeView<Object> tree = new TreeView<>();
    private boolean following;

    private Consumer<Country> newPack = c -> { };

    public CountryProfileView(CountryProfileViewModel model) {
        this.model = model;
    }

    /** What "New Pack for …" does with the country shown. */
    public CountryProfileView newPackWith(Consumer<Country> action) {
        this.newPack = action;
        return this;
    }

    public Parent build() {
        SplitPane split = new SplitPane(navigator(), profile());
        split.setId("countriesSplit");
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        return split;
    }

    private Node navigator() {
        TextField filter = new TextField();
        filter.setId("countryFilter");
        filter.setPromptText(UiText.get("browse.countries.filter"));
        filter.setAccessibleText(UiText.get("browse.countries.filter.accessible"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        CheckBox allies = new CheckBox(UiText.get("browse.countries.alliesOnly"));
        allies.setId("alliesOnly");
        allies.selectedProperty().bindBidirectional(model.alliesOnlyProperty());
        ComboBox<Region> region = new ComboBox<>(FXCollections.observableArrayList(Region.values()));
        region.getItems().add(0, null);
        region.setId("regionFilter");
        region.setPromptText(UiText.get("browse.filter.allRegions"));
        region.setConverter(Labels.of(r -> UiText.label(r, r.label())));
        region.valueProperty().bindBidirectional(model.regionProperty());

        tree.setId("countryTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(UiText.get("browse.countries.tree"));
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("region-row", "ally-row");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof CountryProfileViewModel.CountryRow row) {
                    String name = model.name(row.country());
                    String acts = String.valueOf(row.actions());
                    setText(row.actions() == 0 ? name
                            : row.actions() == 1 ? UiText.get("browse.countries.act", name, acts)
                            : UiText.get("browse.countries.acts", name, acts));
                    Label badge = new Label(UiText.get("browse.countries.ally"));
                    badge.getStyleClass().add("badge");
                    setGraphic(row.ally() ? badge : null);
                    setContentDisplay(ContentDisplay.RIGHT);
                    if (row.ally()) getStyleClass().add("ally-row");
                } else {
                    setText(item.toString());
                    setGraphic(null);
                    getStyleClass().add("region-row");
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!following && item != null && item.getValue() instanceof CountryProfileViewModel.CountryRow row) {
                model.selectedProperty().set(row.country());
            }
        });
        model.groupsProperty().addListener((o, a, groups) -> fill(groups));
        fill(model.groupsProperty().get());

        VBox box = new VBox(8, filter, new HBox(8, region, allies), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void fill(Map<Region, List<CountryProfileViewModel.CountryRow>> groups) {
        following = true;
        try {
            TreeItem<Object> root = new TreeItem<>(UiText.get("browse.countries.root"));
            boolean filtered = !model.filterProperty().get().isBlank() || model.alliesOnlyProperty().get();
            for (Map.Entry<Region, List<CountryProfileViewModel.CountryRow>> e : groups.entrySet()) {
                String name = UiText.label(e.getKey(), e.getKey().label());
                String places = String.valueOf(e.getValue().size());
                TreeItem<Object> region = new TreeItem<>(e.getValue().size() == 1
                        ? UiText.get("browse.countries.place", name, places)
                        : UiText.get("browse.countries.places", name, places));
                for (CountryProfileViewModel.CountryRow row : e.getValue()) region.getChildren().add(new TreeItem<>(row));
                region.setExpanded(filtered || groups.size() == 1);
                root.getChildren().add(region);
            }
            tree.setRoot(root);
        } finally {
            following = false;
        }
    }

    private Node profile() {
        Label name = new Label();
        name.setId("profileName");
        name.getStyleClass().add("title");
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            Country c = model.selectedProperty().get();
            return c == null ? UiText.get("browse.profile.choose") : UiText.get("browse.profile.name", model.name(c), c.code());
        }, model.selectedProperty()));
        Label standing = new Label();
        standing.setId("profileStanding");
        standing.textProperty().bind(model.standingProperty());
        Label record = new Label();
        record.setId("profileRecord");
        record.setWrapText(true);
        record.textProperty().bind(model.recordProperty());
        Label stale = new Label();
        stale.setId("profileStale");
        stale.setWrapText(true);
        stale.getStyleClass().add("text-muted");
        stale.textProperty().bind(model.staleProperty());
        stale.visibleProperty().bind(model.staleProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());

        BorderPane chartPane = new BorderPane();
        chartPane.setId("countryChart");
        chartPane.setPrefHeight(330);
        Runnable showChart = () -> chartPane.setCenter(model.chartProperty().get() == null
                ? (model.selectedProperty().get() == null ? null
                        : FxCharts.empty(UiText.get("browse.profile.noChart"),
                                UiText.get("browse.profile.noChart.why")))
                : FxCharts.of(model.chartProperty().get(), model::sourceTitle));
        model.chartProperty().addListener((o, a, b) -> showChart.run());
        model.selectedProperty().addListener((o, a, b) -> showChart.run());

        TableView<CountryProfileViewModel.TimelineRow> table = new TableView<>(model.timeline());
        table.setId("timelineTable");
        table.setPlaceholder(new Label(UiText.get("browse.profile.noAction")));
        table.getColumns().add(column(UiText.get("browse.actions.assembly"),
                CountryProfileViewModel.TimelineRow::assembly, 200));
        table.getColumns().add(column(UiText.get("browse.actions.date"), CountryProfileViewModel.TimelineRow::date, 90));
        table.getColumns().add(column(UiText.get("browse.actions.actor"), CountryProfileViewModel.TimelineRow::actor, 180));
        table.getColumns().add(column(UiText.get("browse.actions.kind"), CountryProfileViewModel.TimelineRow::kind, 120));
        table.getColumns().add(column(UiText.get("browse.actions.counted"),
                r -> r.counted() ? UiText.get("browse.yes") : UiText.get("browse.no"), 70));
        table.getColumns().add(column(UiText.get("browse.actions.caveats"),
                CountryProfileViewModel.TimelineRow::caveats, 190));
        table.getColumns().add(column(UiText.get("browse.actions.summary"),
                CountryProfileViewModel.TimelineRow::summary, 340));
        table.getColumns().add(column(UiText.get("browse.profile.sources"),
                CountryProfileViewModel.TimelineRow::sources, 300));
        // one scroll area for the whole page: the table is as tall as its rows, its columns share the width
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(30);
        table.prefHeightProperty().bind(Bindings.max(2, Bindings.size(
                model.timeline())).multiply(30).add(36));
        table.minHeightProperty().bind(table.prefHeightProperty());

        VBox points = new VBox(6);
        points.setId("suitedTalkingPoints");
        Runnable showPoints = () -> points.getChildren().setAll(model.talkingPoints().stream().map(p -> {
            Label l = new Label(p.title() == null ? p.text() : UiText.get("browse.profile.point", p.title(), p.text()));
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        model.talkingPoints().addListener((ListChangeListener<TalkingPoint>) c -> showPoints.run());
        showPoints.run();

        VBox details = new VBox(10, standing, record, stale, chartPane, heading(UiText.get("browse.profile.record")), table,
                heading(UiText.get("browse.profile.points")), points);
        details.visibleProperty().bind(model.selectedProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        Button start = new Button("", Icons.NEW_PACK.icon());
        start.setId("profileNewPack");
        start.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "" : UiText.get("browse.newPackFor", model.name(model.selectedProperty().get())),
                model.selectedProperty()));
        start.visibleProperty().bind(model.selectedProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                        && PackUniverse.refusal(model.selectedProperty().get()).isEmpty(),
                        model.selectedProperty())));
        start.setOnAction(e -> newPack.accept(model.selectedProperty().get()));
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, name, gap, start);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, top, details);
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("profileScroll");
        return scroll;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static TableColumn<CountryProfileViewModel.TimelineRow, String> column(String name,
            Function<CountryProfileViewModel.TimelineRow, String> value, double width) {
        TableColumn<CountryProfileViewModel.TimelineRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
