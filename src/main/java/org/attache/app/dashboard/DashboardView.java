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
        measures.setAccessibleText("Measures of support; each has its own chart");
        measures.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SupportSeries s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.measure().label() + "  \u00b7 " + s.valueCount()
                        + (s.valueCount() == 1 ? " count" : " counts"));
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
            chartPane.setCenter(spec == null ? FxCharts.empty("No measure", "The dataset has no reported counts.")
                    : FxCharts.of(spec, model::sourceTitle));
            SupportSeries s = model.selectedProperty().get();
            description.setText(s == null || s.measure().description() == null ? "" : s.measure().description()
                    + " Each measure is its own series; a value with + is a lower bound; empty years had no report.");
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
        table.getColumns().add(column("Assembly", DashboardViewModel.Row::assembly, 260));
        table.getColumns().add(column("Value", DashboardViewModel.Row::value, 80));
        table.getColumns().add(column("What it counts", DashboardViewModel.Row::counts, 220));
        table.getColumns().add(column("Reported by", DashboardViewModel.Row::reportedBy, 110));
        table.getColumns().add(column("Caveats", DashboardViewModel.Row::caveats, 150));
        table.getColumns().add(column("Source", DashboardViewModel.Row::sources, 380));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        for (TableColumn<DashboardViewModel.Row, ?> c : table.getColumns()) {
            if (!c.getText().equals("Value")) WrappingCell.wrap(c);
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
