package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue: a pack opened from the file manager (its file on the command line) loaded, but the app stayed on
 * Countries and the preview said "No pages" until something was edited.
 */
@ExtendWith(ApplicationExtension.class)
class PackAtStartTest {
    @TempDir
    static Path dir;

    private static Path packFile;

    private final AttacheApp app = new AttacheApp() {
        @Override
        protected List<String> arguments() {
            return List.of(packFile.toString());
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        packFile = dir.resolve("riga" + Pack.FILE_SUFFIX);
        PackFile.save(Pack.of("LV", Template.POLICE).withMeeting(Meeting.EMPTY.withPlace("Riga")), packFile);
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @Test
    void aPackOnTheCommandLineOpensInTheBuilderWithItsPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.builder().pack() != null);
        assertEquals("LV", app.builder().pack().country());
        assertEquals("Riga", app.builder().pack().meeting().place());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("builderTab", tabs.getSelectionModel().getSelectedItem().getId(), "the builder is in front");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#pageLabel").queryAs(Label.class).getText().startsWith("Page 1 of"));
        assertFalse(app.builder().dirtyProperty().get(), "opened, not edited");
    }
}
