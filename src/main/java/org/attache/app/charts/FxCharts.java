package org.attache.app.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.attache.app.common.UiText;
import org.attache.core.analysis.Caveat;
import org.attache.core.chart.ChartCategory;
import org.attache.core.chart.ChartPalette;
import org.attache.core.chart.ChartPoint;
import org.attache.core.chart.ChartSeries;
import org.attache.core.chart.ChartSpec;
import org.attache.core.chart.ChartType;
import org.attache.core.document.CaveatWords;

/**
 * JavaFX charts drawn from the shared chart definitions, so the screen shows what the PDF prints: gaps stay
 * gaps (a line is broken, never drawn through zero), a year without a session says so on the axis, a lower
 * bound has an open upward marker and a "+" label, and every point has a tooltip with its value, who reported
 * it and its sources.
 */
public final class FxCharts {
    /** The key under which a point's node keeps its tooltip text (the chart sets its own accessible text). */
    public static final String TOOLTIP_TEXT = "attache.tooltip";
    /** Marks the dashed line of a segment that starts or ends at a lower bound (the chart resets style classes). */
    public static final String LOWER_BOUND_SEGMENT = "attache.lowerBoundSegment";

    private FxCharts() {
    }

    /** {@code sourceTitle} turns a source id into the words a tooltip shows. */
    public static Node of(ChartSpec spec, Function<String, String> sourceTitle) {
        return spec.type() == ChartType.LINE ? line(spec, sourceTitle) : bars(spec, sourceTitle);
    }

    /** A two-point dashed segment without markers; the points' own runs carry the markers and tooltips. */
    private static XYChart.Series<Number, Number> dashed(String name, int x0, double y0, int x1, double y1) {
        XYChart.Series<Number, Number> segment = new XYChart.Series<>();
        segment.setName(name);
        for (XYChart.Data<Number, Number> d : List.of(new XYChart.Data<Number, Number>(x0, y0),
                new XYChart.Data<Number, Number>(x1, y1))) {
            Region none = new Region();
            none.setVisible(false);
            d.setNode(none);
            segment.getData().add(d);
        }
        return segment;
    }

    /** The axis label of a category: "2020" over "(no session)" for a year without one. */
    public static String categoryLabel(ChartCategory c) {
        return switch (c.state()) {
            case NO_SESSION -> UiText.get("charts.category.noSession", c.label());
            case NOTHING_RECORDED -> UiText.get("charts.category.notRecorded", c.label());
            case RECORDED_NONE -> UiText.get("charts.category.none", c.label());
            case VALUES -> c.label();
        };
    }

    private static NumberAxis yAxis(ChartSpec spec) {
        NumberAxis y = new NumberAxis();
        y.setLabel(spec.yAxisLabel());
        y.setForceZeroInRange(true);
        y.setAutoRanging(false);
        double max = Math.max(1, spec.maxValue());
        double step = niceStep(max * 1.15 / 5);
        y.setUpperBound(Math.ceil(max * 1.15 / step) * step);
        y.setTickUnit(step);
        y.setMinorTickVisible(false);
        return y;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * magnitude >= raw) return Math.max(1, m * magnitude);
        return Math.max(1, 10 * magnitude);
    }

    /**
     * A line per unbroken run of values: JavaFX joins every point of a series, and a gap must stay a gap. The x
     * axis counts categories, so years without a value keep their place.
     */
    private static Node line(ChartSpec spec, Function<String, String> sourceTitle) {
        List<ChartCategory> categories = spec.categories();
        NumberAxis x = new NumberAxis(-0.5, categories.size() - 0.5, 1);
        x.setLabel(spec.xAxisLabel());
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                return i >= 0 && i < categories.size() && Math.abs(n.doubleValue() - i) < 1e-6
                        ? categoryLabel(categories.get(i)) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, yAxis(spec));
        chart.setTitle(spec.title());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setVerticalZeroLineVisible(false);
        // the chart resets its lines' and symbols' style classes as each series comes in: ours go on once all are in
        List<Runnable> styling = new ArrayList<>();
        for (ChartSeries series : spec.series()) {
            String colour = palette(series.colour());
            XYChart.Series<Number, Number> run = null;
            for (int i = 0; i < series.points().size(); i++) {
                ChartPoint p = series.points().get(i);
                if (!p.hasValue()) {
                    run = null;
                    continue;
                }
                ChartPoint previous = i > 0 ? series.points().get(i - 1) : ChartPoint.GAP;
                if (previous.hasValue() && (previous.lowerBound() || p.lowerBound())) {
                    // a line to or from a lower bound proves no slope: a dashed segment of its own, as in print
                    XYChart.Series<Number, Number> segment = dashed(series.name(), i - 1, previous.value(), i, p.value());
                    chart.getData().add(segment);
                    styling.add(() -> segment.getNode().getStyleClass().addAll(colour, "dashed-segment"));
                    segment.getNode().getProperties().put(LOWER_BOUND_SEGMENT, Boolean.TRUE);
                    run = null;
                }
                if (run == null) {
                    run = new XYChart.Series<>();
                    run.setName(series.name());
                    chart.getData().add(run);
                    Node line = run.getNode();
                    styling.add(() -> line.getStyleClass().addAll(colour, "series-run"));
                }
                XYChart.Data<Number, Number> data = new XYChart.Data<>(i, p.value());
                Node marker = marker(p, colour, tooltip(categories.get(i), p, sourceTitle));
                data.setNode(marker);
                String kind = p.lowerBound() ? "lower-bound" : "exact-value";
                styling.add(() -> marker.getStyleClass().addAll("chart-marker", kind));
                run.getData().add(data);
            }
        }
        styling.forEach(Runnable::run);
        chart.getStyleClass().add("growth-chart");
        if (spec.series().size() < 2) return chart;
        // the chart's own legend would list every run; one entry per series says what each colour counts
        return withLegend(chart, spec, "growthLegend");
    }

    /** The chart above a legend of our own: one swatch in the print colour for each series. */
    private static Node withLegend(XYChart<?, ?> chart, ChartSpec spec, String id) {
        FlowPane legend = new FlowPane(14, 4);
        legend.setId(id);
        legend.getStyleClass().add("chart-legend-row");
        legend.setAlignment(Pos.CENTER);
        for (ChartSeries series : spec.series()) {
            Region swatch = new Region();
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            swatch.getStyleClass().addAll("legend-swatch", palette(series.colour()));
            Label name = new Label(series.name(), swatch);
            legend.getChildren().add(name);
        }
        VBox box = new VBox(4, chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private static Node bars(ChartSpec spec, Function<String, String> sourceTitle) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(spec.xAxisLabel());
        x.setTickLabelRotation(0);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, yAxis(spec));
        chart.setTitle(spec.title());
        chart.setAnimated(false);
        for (ChartSeries series : spec.series()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(series.name());
            boolean first = chart.getData().isEmpty();
            for (int i = 0; i < series.points().size(); i++) {
                ChartPoint p = series.points().get(i);
                if (!p.hasValue()) {
                    // the first series holds every year, at zero where it has none, so the axis lists them all
                    if (first) s.getData().add(new XYChart.Data<>(categoryLabel(spec.categories().get(i)), 0));
                    continue;
                }
                XYChart.Data<String, Number> data = new XYChart.Data<>(categoryLabel(spec.categories().get(i)), p.value());
                String tip = tooltip(spec.categories().get(i), p, sourceTitle);
                data.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) install(node, tip);
                });
                s.getData().add(data);
            }
            chart.getData().add(s);
        }
        // the chart resets its bars' style classes as each series comes in: the colours go on once all are in
        for (int i = 0; i < spec.series().size(); i++) {
            String colour = palette(spec.series().get(i).colour());
            for (XYChart.Data<String, Number> d : chart.getData().get(i).getData()) {
                if (d.getNode() != null) d.getNode().getStyleClass().add(colour);
            }
        }
        chart.setCategoryGap(24);
        chart.getStyleClass().add("country-chart");
        chart.setLegendVisible(false);
        return withLegend(chart, spec, "countryLegend");
    }

    /** The style class of a palette colour ("palette-3"): the stylesheet gives every one its print colour. */
    static String palette(int index) {
        return "palette-" + Math.floorMod(index, ChartPalette.size());
    }

    /** A dot for an exact value; an open upward triangle for a lower bound; the value written above. */
    private static Node marker(ChartPoint p, String colour, String tip) {
        Node shape;
        if (p.lowerBound()) {
            Polygon t = new Polygon(0, -6, 5.5, 4, -5.5, 4);
            t.getStyleClass().addAll("lower-bound-mark", colour);
            shape = t;
        } else {
            Circle c = new Circle(4.5);
            c.getStyleClass().addAll("exact-mark", colour);
            shape = c;
        }
        Label value = new Label(p.label());
        value.getStyleClass().add("chart-value");
        value.setTranslateY(-16);
        StackPane node = new StackPane(shape, value);
        node.setPickOnBounds(false);
        shape.setAccessibleText(tip);
        node.getProperties().put(TOOLTIP_TEXT, tip);
        install(shape, tip);
        return node;
    }

    private static String tooltip(ChartCategory c, ChartPoint p, Function<String, String> sourceTitle) {
        CaveatWords caveats = UiText.caveatWords();
        List<String> lines = new ArrayList<>();
        lines.add(p.lowerBound() ? UiText.get("charts.tooltip.atLeast", c.longLabel(), p.label())
                : UiText.get("charts.tooltip.value", c.longLabel(), p.label()));
        if (!p.detail().isEmpty()) lines.add(p.detail());
        for (Caveat caveat : p.caveats()) {
            lines.add(UiText.get("charts.tooltip.caveat", caveats.mark(caveat), caveats.legend(caveat)));
        }
        for (String id : p.sources()) lines.add(UiText.get("charts.tooltip.source", sourceTitle.apply(id)));
        return String.join("\n", lines);
    }

    private static void install(Node node, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(150));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(node, tip);
    }

    /** A placeholder for a chart with nothing to show, saying why. */
    public static Node empty(String title, String why) {
        Label t = new Label(title);
        t.getStyleClass().add("section-heading");
        Label w = new Label(why);
        w.setWrapText(true);
        VBox box = new VBox(6, t, w);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
