package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.attache.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+O opens a dataset everywhere in the window; a file that cannot be read says so and changes nothing. */
@ExtendWith(ApplicationExtension.class)
class OpeningFilesTest {
    @TempDir
    static Path dir;

    private final List<Path> answers = new ArrayList<>();
    private final AttacheApp app = new ScriptedDialogs(answers, new ArrayList<>(), new ArrayList<>()).app();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void openingAFileAndThenABrokenOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.countries().groupsProperty().get().size() > 3);

        robot.clickOn("Dataset");
        answers.add(Fixtures.path("fixtures/minimal.json"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#datasetTitle").equals("Minimal fixture"));
        assertTrue(text(robot, "#datasetName").endsWith("minimal.json"));
        int fixtureCountries = app.countries().groupsProperty().get().values().stream().mapToInt(List::size).sum();
        assertTrue(fixtureCountries < 10, "the country list follows the new dataset: " + fixtureCountries);

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[1, 2,");
        answers.add(broken);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("The file cannot be opened").tryQuery().isPresent());
        assertEquals("Minimal fixture", text(robot, "#datasetTitle"), "the open dataset stays");
        assertEquals(fixtureCountries, app.countries().groupsProperty().get().values().stream().mapToInt(List::size).sum());
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());

        robot.clickOn("File").clickOn("Open Bundled Dataset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#datasetName").equals("campaign.json (bundled)"));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutList").tryQuery().isPresent());
        String keys = robot.lookup("#shortcutList .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(keys.contains("Export PDF") && keys.contains("Reload Dataset") && keys.contains("Alt+Up"), keys);
    }

    /**
     * Issue: a file whose action names an unknown country ("ZZ") loaded halfway: the records view failed, the
     * Dataset and Countries tabs showed the new file while the builder and export kept the old one.
     */
    @Test
    void aFileWithAnUnknownCountryCodeOpensInEveryViewWithItsErrorListed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        Path zz = dir.resolve("zz.json");
        Files.writeString(zz, Files.readString(Fixtures.path("fixtures/minimal.json")).replace("\"country\": \"PY\"",
                "\"country\": \"ZZ\""));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stderr, true));
        try {
            robot.clickOn("Dataset");
            answers.add(zz);
            robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#datasetTitle").equals("Minimal fixture"));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            System.setErr(err);
        }
        assertFalse(stderr.toString().contains("Exception"), stderr.toString());
        assertTrue(app.builder().datasetProperty().get().name().endsWith("zz.json"), "the builder and export use it too");
        assertTrue(app.records().actions().stream().anyMatch(r -> r.who().equals("ZZ (unknown code)")),
                "the records show the action as written");
        assertTrue(app.summary().problems().stream().anyMatch(p -> p.message().contains("unknown country code \"ZZ\"")));
    }

    /** Issue: the dialog for a file that is not JSON said "not valid JSON here" without saying where. */
    @Test
    void aFileThatIsNotJsonIsRefusedWithItsLineAndColumn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        Path broken = dir.resolve("typo.json");
        Files.writeString(broken, "{\n  \"title\": \"x\"\n  \"sources\": []\n}\n");
        answers.add(broken);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("The file cannot be opened").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().startsWith("Could not open " + broken + ", line 3, column 3: this is not valid JSON here"),
                dialog.getContentText());
        assertTrue(dialog.getContentText().contains("not valid JSON"), dialog.getContentText());
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }
}
