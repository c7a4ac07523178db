package org.attache.app;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.attache.Fixtures;
import org.attache.app.common.FileDialogs;
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
    private final AttacheApp app = new AttacheApp() {
        @Override
        protected FileDialogs fileDialogs(Stage stage) {
            return new FileDialogs() {
                @Override
                public Optional<Path> open(String title, String description, String pattern) {
                    return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
                }

                @Override
                public Optional<Path> save(String title, String initialName, String description, String pattern) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> folder(String title) {
                    return Optional.empty();
                }
            };
        }
    };

    @Start
    void start(Stage stage) {
        app.start(stage);
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
    }
}
