package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The support growth tab, headless: the allies chart carries the real values, gaps stay gaps. */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {
    private final AttacheApp app = new AttacheApp();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAlliesChartShowsTheRealValuesFor2018To2025(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.dashboard().measures().isEmpty());
        robot.clickOn("#growthTab");
        LineChart<Number, Number> chart = robot.lookup("#growthChart .chart").queryAs(LineChart.class);
        NumberAxis x = (NumberAxis) chart.getXAxis();

        Map<String, Number> shown = new TreeMap<>();
        int runs = 0;
        for (XYChart.Series<Number, Number> run : chart.getData()) {
            runs++;
            for (XYChart.Data<Number, Number> d : run.getData()) {
                shown.put(x.getTickLabelFormatter().toString(d.getXValue()), d.getYValue());
            }
        }
        assertEquals(Map.of("2018", 11.0, "2019", 11.0, "2021", 11.0, "2022", 10.0, "2023", 7.0, "2025", 8.0), shown);
        assertEquals(5, runs, "one line for the 2018-19 letters; 2021, 2022, 2023 and 2025 each counted something "
                + "else, so each is drawn apart and never joined");
        assertEquals("2020\n(no session)", x.getTickLabelFormatter().toString(2));
        javafx.scene.layout.FlowPane legend = robot.lookup("#growthLegend").queryAs(javafx.scene.layout.FlowPane.class);
        assertEquals(List.of("Allies that wrote to INTERPOL\u2019s leadership", "Allies that voiced support orally or in writing",
                "Allies that voiced support in any form", "Allies that spoke at the Assembly",
                "Allies whose officials spoke or wrote to INTERPOL"), legend.getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList(), "one legend entry per definition");

        XYChart.Data<Number, Number> first = chart.getData().get(0).getData().get(0);
        String tip = (String) first.getNode().getProperties().get(org.attache.app.charts.FxCharts.TOOLTIP_TEXT);
        assertTrue(tip.contains("87th General Assembly") && tip.contains("11") && tip.contains("reported by MOFA")
                && tip.contains("counts allies that wrote to INTERPOL")
                && tip.contains("Source: "), tip);
    }

    @Test
    void aLineToOrFromALowerBoundIsDashedBecauseItProvesNoSlope(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.dashboard().measures().isEmpty());
        robot.clickOn("#growthTab");
        robot.interact(() -> app.dashboard().selectedProperty().set(app.dashboard().measures().stream()
                .filter(m -> m.measure().id().equals("countries-voicing-support")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup("#growthChart .chart-series-line").queryAll().stream()
                .filter(n -> n.getProperties().containsKey(org.attache.app.charts.FxCharts.LOWER_BOUND_SEGMENT)).count(),
                "50 (2022) to 60+ and 60+ to 70+: dashed; 2019's 14, counted otherwise, stands alone");
    }
}
