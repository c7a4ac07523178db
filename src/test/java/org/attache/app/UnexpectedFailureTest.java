package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.attache.app.common.AppLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure no code caught is logged and told calmly, with its details one click away; nothing is printed. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedFailureTest {
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
    void anUncaughtFailureShowsACalmDialogWithItsDetailsAndIsLogged(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a test failure nobody caught");
        }, "attache-test");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpectedFailure").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#unexpectedFailure").queryAs(DialogPane.class);
        assertEquals("Something went wrong", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("a test failure nobody caught"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("nothing was saved or thrown away"), dialog.getContentText());
        javafx.scene.control.Button copy = (javafx.scene.control.Button) dialog.lookupButton(
                org.attache.app.common.UnexpectedFailures.COPY);
        robot.interact(copy::fire);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("IllegalStateException: a test failure nobody caught") && copied.contains("\tat "), copied);
        assertTrue(robot.lookup("#unexpectedFailure").tryQuery().isPresent(), "copying leaves the dialog open");

        assertNotNull(AppLog.file(), "the log is written to a file");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Files.readString(AppLog.file()).contains("a test failure nobody caught"));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
