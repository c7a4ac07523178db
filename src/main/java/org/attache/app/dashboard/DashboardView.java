package org.attache.app.dashboard;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.attache.app.charts.FxCharts;
import org.attache.app.common.UiText;
import org.attache.app.common.WrappingCell;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.chart.ChartSpec;

/** Support growth across assemblies: choose a measure on the left, see its chart and its values. */
public final class DashboardView {
    private final DashboardViewModel model;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
    }

    public Parent build() {
        ListView<SupportSeries> measures = new ListView<>(model.measures());
        measures.setId("measureList");
        measures.setAccessibleText(UiText.get("dashboard.measures"));
        measures.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SupportSeries s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.valueCount() == 1
                        ? UiText.get("dashboard.measure.count", s.measure().label(), String.valueOf(s.valueCount()))
                        : UiText.get("dashboard.measure.counts", s.measure().label(), String.valueOf(s.valueCount())));
            }
        });
        measures.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) model.selectedProperty().set(s);
        });
        model.selectedProperty().addListener((o, a, s) -> measures.getSelectionModel().select(s));
        measures.setPrefWidth(280);

        BorderPane chartPane = new BorderPane();
        chartPane.setId("growthChart");
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("subtitle");
        TableView<DashboardViewModel.Row> table = table();
        VBox right = new VBox(10, chartPane, description, table);
        right.setPadding(new Insets(12));
        VBox.setVgrow(chartPane, Priority.ALWAYS);
        table.setPrefHeight(220);

        Runnable show = () -> {
            ChartSpec spec = model.chart();
            chartPane.setCenter(spec == null
                    ? FxCharts.empty(UiText.get("dashboard.empty"), UiText.get("dashboard.empty.why"))
                    : FxCharts.of(spec, model::sourceTitle));
            SupportSeries s = model.selectedProperty().get();
            description.setText(s == null || s.measure().description() == null ? ""
                    : UiText.get("dashboard.description", s.measure().description()));
        };
        model.selectedProperty().addListener((o, a, s) -> show.run());
        show.run();
        if (model.selectedProperty().get() != null) measures.getSelectionModel().select(model.selectedProperty().get());

        SplitPane split = new SplitPane(measures, right);
        split.setId("growthSplit");
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(measures, false);
        return split;
    }

    private TableView<DashboardViewModel.Row> table() {
        TableView<DashboardViewModel.Row> table = new TableView<>(model.rows());
        table.setId("growthValues");
        TableColumn<DashboardViewModel.Row, String> value = column(UiText.get("dashboard.column.value"),
                DashboardViewModel.Row::value, 80);
        table.getColumns().add(column(UiText.get("dashboard.column.assembly"), DashboardViewModel.Row::assembly, 260));
        table.getColumns().add(value);
        table.getColumns().add(column(UiText.get("dashboard.column.counts"), DashboardViewModel.Row::counts, 220));
        table.getColumns().add(column(UiText.get("dashboard.column.reportedBy"),
                DashboardViewModel.Row::reportedBy, 110));
        table.getColumns().add(column(UiText.get("dashboard.column.caveats"), DashboardViewModel.Row::caveats, 150));
        table.getColumns().add(column(UiText.get("dashboard.column.source"), DashboardViewModel.Row::sources, 380));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        for (TableColumn<DashboardViewModel.Row, ?> c : table.getColumns()) {
            if (c != value) WrappingCell.wrap(c);
        }
        return table;
    }

    private static TableColumn<DashboardViewModel.Row, String> column(String name,
            Function<DashboardViewModel.Row, String> value, double width) {
        TableColumn<DashboardViewModel.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        return c;
    }
}
