package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetWriter;
import org.attache.core.edit.Edit;
import org.attache.core.edit.EditableDataset;
import org.attache.core.edit.RecordKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Compare With… opens a window listing what another version changes, by country and by assembly. */
@ExtendWith(ApplicationExtension.class)
class ComparingTest {
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

    @SuppressWarnings("unchecked")
    private static List<String> groups(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#compareTree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(i -> ((TreeItem<Object>) i).getValue().toString()).toList();
    }

    @Test
    void anotherVersionIsListedByCountryThenByAssembly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.builder().datasetProperty().get() != null);
        Dataset base = BundledDataset.load().dataset();
        SupportAction latvian = base.actions().stream().filter(a -> "LV".equals(a.country())).findFirst().orElseThrow();
        EditableDataset newer = new EditableDataset(base);
        assertEquals(List.of(), newer.perform(Edit.remove(base, RecordKind.ACTIONS, latvian)));
        Path file = Files.write(dir.resolve("campaign-next.json"), DatasetWriter.toBytes(newer.current()));
        answers.add(file);

        robot.clickOn("File").clickOn("Compare With\u2026");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#compareTree").tryQuery().isPresent()
                && !groups(robot).isEmpty());

        assertEquals(List.of("Latvia (LV)"), groups(robot));
        assertEquals("0 added, 0 changed, 1 removed", robot.lookup("#compareSummary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#compareHeading").queryAs(Label.class).getText().endsWith("campaign-next.json"));
        String assembly = base.assembly(latvian.assembly()).orElseThrow().label();
        robot.clickOn("#compareByAssembly");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> groups(robot).equals(List.of(assembly)));
        robot.clickOn("#compareByCountry");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> groups(robot).equals(List.of("Latvia (LV)")));
        robot.clickOn("#compareClose");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#compareTree").tryQuery().isEmpty());
    }
}
