package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.attache.app.editing.KilledEditingSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits are kept for recovery as they are made. A process that made some is killed; the next start offers them
 * back, saying what they hold, and restores them only when asked.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {
    @TempDir
    static Path recoveryDir;
    private static String before;
    private static String deleted;
    private final AttacheApp app = new AttacheApp();

    @BeforeAll
    static void aSessionEditsAndIsKilled() throws IOException, InterruptedException {
        before = System.getProperty("attache.recoveryDir");
        System.setProperty("attache.recoveryDir", recoveryDir.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process session = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                KilledEditingSession.class.getName(), recoveryDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        session.getOutputStream().close();
        String said = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(said != null && said.startsWith("deleted "), "the session made its edit: " + said);
        deleted = said.substring("deleted ".length());
        session.destroyForcibly();
        session.waitFor();
    }

    @AfterAll
    static void restoreProperty() {
        if (before != null) System.setProperty("attache.recoveryDir", before);
        else System.clearProperty("attache.recoveryDir");
    }

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    @Test
    void theNextStartOffersTheKilledSessionsEditsAndRestoresThemWhenAsked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.editing().isOpen());
        Label offer = robot.lookup("#recoveryText").queryAs(Label.class);
        assertTrue(offer.getText().contains("edits to the bundled dataset (1 support action removed)"), offer.getText());
        assertFalse(app.editing().modifiedProperty().get(), "nothing is restored before the user asks");
        int actions = app.editing().dataset().actions().size();
        assertTrue(app.editing().dataset().actions().stream().anyMatch(a -> a.id().equals(deleted)));

        List<Path> left;
        try (var files = Files.list(recoveryDir)) {
            left = files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
        assertEquals(1, left.size(), left.toString());
        robot.clickOn("#recoveryRestore");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(app.editing().modifiedProperty().get());
        assertEquals(actions - 1, app.editing().dataset().actions().size());
        assertTrue(app.editing().dataset().actions().stream().noneMatch(a -> a.id().equals(deleted)));
        assertEquals("Undo: restore unsaved edits", app.editing().undoTextProperty().get());
        assertTrue(robot.lookup("#recoveryNotice").tryQuery().isEmpty(), "the offer is gone once taken");
        for (Path p : left) assertFalse(Files.exists(p), "the killed session's work is forgotten once restored: " + p);
        robot.interact(() -> app.editing().discard());
    }
}
