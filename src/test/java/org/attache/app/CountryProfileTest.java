package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a country in the navigator shows its timeline and its chart; one with no record says so. */
@ExtendWith(ApplicationExtension.class)
class CountryProfileTest {
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
    void selectingACountryShowsItsTimelineAndChart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.countries().groupsProperty().get().isEmpty());
        robot.clickOn("Countries");
        robot.clickOn("#countryFilter").write("netherlands");
        robot.clickOn("Netherlands  \u00b7 4 acts");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Netherlands (NL)", robot.lookup("#profileName").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertEquals(4, table.getItems().size());
        StackedBarChart<String, Number> chart = robot.lookup("#countryChart .chart").queryAs(StackedBarChart.class);
        double total = 0;
        int bars = 0;
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                total += d.getYValue().doubleValue();
                if (d.getYValue().doubleValue() > 0) bars++;
            }
        }
        assertEquals(4, total, 1e-9, "the chart counts the four actions");
        assertEquals(bars, app.countries().chartProperty().get().valueCount());

        robot.doubleClickOn("#countryFilter").eraseText(20).write("lithuania");
        robot.clickOn("Lithuania");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#profileRecord").queryAs(Label.class).getText().startsWith("No act of support by Lithuania"));
        assertTrue(robot.lookup("#countryChart .chart").tryQuery().isEmpty(), "no empty chart");
        assertTrue(robot.lookup("Nothing to chart yet").tryQuery().isPresent());
    }
}
