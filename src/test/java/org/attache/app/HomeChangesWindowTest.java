package org.attache.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dataset file opened again after headquarters changed it: the home screen says what changed and shows it. */
@ExtendWith(ApplicationExtension.class)
class HomeChangesWindowTest {
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

    private static String changes(FxRobot robot) {
        return robot.lookup("#homeChanges").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> groups(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#compareTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(i -> ((TreeItem<Object>) i).getValue().toString()).toList();
    }

    private void open(FxRobot robot, Path file) {
        answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    }

    @Test
    void aChangedVersionIsToldOnTheHomeScreenAndShownInTheComparisonWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        Dataset base = BundledDataset.load().dataset();
        Path file = Files.write(dir.resolve("campaign-hq.json"), DatasetWriter.toBytes(base));
        open(robot, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "campaign-hq.json".equals(app.builder().datasetProperty()
                .get().name()));
        WaitForAsyncUtils.waitForFxEvents();
        Node show = robot.lookup("#homeShowChanges").query();
        assertFalse(show.isVisible(), "nothing to show the first time the file is opened");

        SupportAction latvian = base.actions().stream().filter(a -> "LV".equals(a.country())).findFirst().orElseThrow();
        EditableDataset newer = new EditableDataset(base);
        assertEquals(List.of(), newer.perform(Edit.remove(base, RecordKind.ACTIONS, latvian)));
        Files.write(file, DatasetWriter.toBytes(newer.current()));
        open(robot, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> changes(robot).startsWith("Since you last opened"));
        assertTrue(changes(robot).endsWith(": 1 support action withdrawn for Latvia."), changes(robot));

        robot.interact(() -> {
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "homeTab".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#homeShowChanges");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#compareTree").tryQuery().isPresent()
                && !groups(robot).isEmpty());
        assertEquals(List.of("Latvia (LV)"), groups(robot));
        assertEquals("0 added, 0 changed, 1 removed", robot.lookup("#compareSummary").queryAs(Label.class).getText());
        String heading = robot.lookup("#compareHeading").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("From campaign-hq.json as opened ") && heading.endsWith(" to campaign-hq.json"),
                heading);
        robot.clickOn("#compareClose");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#compareTree").tryQuery().isEmpty());
    }
}
