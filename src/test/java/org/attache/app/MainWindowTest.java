package org.attache.app;

import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.attache.core.data.BundledDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window headless and reads the summary of the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
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
    void theWindowOpensTheBundledDatasetAndShowsItsSummary(FxRobot robot) throws TimeoutException {
        robot.clickOn("Dataset");
        ListView<?> counts = robot.lookup("#recordCounts").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !counts.getItems().isEmpty());

        Label title = robot.lookup("#datasetTitle").queryAs(Label.class);
        assertTrue(title.getText().contains("INTERPOL"), title.getText());
        assertEquals("campaign.json (bundled)", robot.lookup("#datasetName").queryAs(Label.class).getText());
        assertEquals(11, counts.getItems().size(), "one line per record type");
        assertTrue(counts.getItems().stream().anyMatch(s -> s.toString().matches("\\d+ countries")));
        int warnings = BundledDataset.load().warningCount();
        assertEquals("0 errors, " + warnings + " warnings", robot.lookup("#statusText").queryAs(Label.class).getText());
        assertEquals(warnings, robot.lookup("#problemList").queryAs(ListView.class).getItems().size(),
                "the truth check's warnings are listed, each with its place");
    }
}
