package org.attache.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window is on screen, quiet, as soon as JavaFX has started; the main window is built in it a moment later. */
@ExtendWith(ApplicationExtension.class)
class StartupShellTest {
    private final AttacheApp app = new AttacheApp();
    private boolean showingWhenStarted;
    private boolean builtWhenStarted;
    private Parent rootWhenStarted;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
        showingWhenStarted = stage.isShowing();
        builtWhenStarted = app.isBuilt();
        rootWhenStarted = stage.getScene().getRoot();
    }

    @Test
    void theWindowIsShownBeforeItIsBuiltAndThenBuiltInPlace(FxRobot robot) throws TimeoutException {
        assertTrue(showingWhenStarted, "the window is shown when start returns");
        assertFalse(builtWhenStarted, "the main window is built after the first paint, not before");
        assertTrue(rootWhenStarted.lookupAll(".tab-pane").isEmpty(), "the first frame has no tabs to style");
        assertTrue(rootWhenStarted.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().equals("Opening…")), "it says it is opening");

        AppStarts.awaitBuilt(app);
        Parent built = stage.getScene().getRoot();
        assertNotSame(rootWhenStarted, built, "the same window now holds the main window");
        assertFalse(robot.lookup(".tab-pane").queryAllAs(TabPane.class).isEmpty(), "with its tabs");
        assertTrue(stage.getIcons().size() >= 6, "and its icons");
    }
}
