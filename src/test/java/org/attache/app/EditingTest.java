package org.attache.app;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;
import org.attache.core.model.SupportAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk officer's flow: add a statement by Latvia's foreign minister for the 94th Assembly, citing a source made
 * on the spot, undo and redo it, save the dataset under a name of its own, and find it all on reopening.
 */
@ExtendWith(ApplicationExtension.class)
class EditingTest {
    @TempDir
    static Path dir;

    private final List<Path> answers = new ArrayList<>();
    private final AttacheApp app = ScriptedDialogs.sharing(answers).app();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @BeforeEach
    void built() throws TimeoutException {
        AppStarts.awaitBuilt(app);
    }

    private static void type(FxRobot robot, Node root, String id, String text) {
        TextInputControl field = robot.from(root).lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, Node root, String id, String value) {
        ComboBox<Object> box = robot.from(root).lookup(id).queryAs(ComboBox.class);
        java.util.function.Function<Object, String> shown = i -> box.getConverter() == null ? i.toString()
                : box.getConverter().toString(i);
        Object item = box.getItems().stream().filter(i -> shown.apply(i).equals(value) || shown.apply(i).startsWith(value + " "))
                .findFirst().orElseThrow(() -> new AssertionError(value + " not in " + id + ": " + box.getItems()));
        robot.interact(() -> box.setValue(item));
    }

    private static Window window(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void addAStatementWithANewSourceSaveAndReopen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.editing().isOpen());
        int actionsBefore = app.editing().dataset().actions().size();
        robot.clickOn("Edit data");
        robot.clickOn("#editNew");
        Node form = robot.lookup("#recordForm").query();
        assertTrue(robot.lookup("#formHeading").queryLabeled().getText().startsWith("New support action"));
        assertTrue(robot.lookup("#formApply").queryAs(Button.class).isDisabled(), "an empty form cannot be added");

        type(robot, form, "#field-id", "act-2026-lv-mfa-statement");
        choose(robot, form, "#field-country", "LV");
        choose(robot, form, "#field-assembly", "ga-94");
        type(robot, form, "#field-actor", "Minister of Foreign Affairs of Latvia");
        choose(robot, form, "#field-actorType", "Government");
        choose(robot, form, "#field-kind", "Executive statement");
        type(robot, form, "#field-summary", "Spoke for Taiwan's participation in the 94th General Assembly.");
        choose(robot, form, "#field-attribution", "Third party");
        type(robot, form, "#field-date", "2026-13");
        String dateProblem = robot.lookup("#error-date").queryLabeled().getText();
        assertTrue(dateProblem.contains("there is no month 13"), "a mistake is shown at its field as it is typed: "
                + dateProblem);
        type(robot, form, "#field-date", "");

        // the source: made on the spot from the sources picker
        // buttons that open a window of their own are pressed without waiting for the window to close
        Button chooseSources = robot.from(form).lookup("#choose-sources").queryButton();
        javafx.application.Platform.runLater(chooseSources::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newSource").tryQuery().isPresent());
        Button newSource = robot.lookup("#newSource").queryButton();
        javafx.application.Platform.runLater(newSource::fire);
        Node source = robot.rootNode(window(robot, "New source"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(source).lookup("#field-title").tryQuery().isPresent());
        type(robot, source, "#field-id", "src-2026-lv-mfa-statement");
        type(robot, source, "#field-title", "Statement on INTERPOL and Taiwan");
        type(robot, source, "#field-publisher", "Ministry of Foreign Affairs of Latvia");
        choose(robot, source, "#field-publisherType", "Government");
        robot.interact(() -> robot.from(source).lookup("#formApply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        assertEquals("src-2026-lv-mfa-statement", app.editing().dataset().source("src-2026-lv-mfa-statement")
                .map(x -> x.id()).orElse(null), "the source is in the dataset at once");
        javafx.scene.control.TextField sources = (javafx.scene.control.TextField) robot.from(form)
                .lookup("#field-sources").queryAs(javafx.scene.layout.HBox.class).getChildren().get(0);
        assertEquals("src-2026-lv-mfa-statement", sources.getText(), "the new source is chosen, the form still open");
        assertEquals("Minister of Foreign Affairs of Latvia", robot.from(form).lookup("#field-actor")
                .queryAs(TextInputControl.class).getText(), "nothing typed was lost");

        robot.clickOn("#formApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actionsBefore + 1, app.editing().dataset().actions().size());
        assertTrue(app.editing().modifiedProperty().get());
        assertTrue(robot.lookup("#editRecords").queryAs(ListView.class).getSelectionModel().getSelectedItem()
                instanceof SupportAction a && a.id().equals("act-2026-lv-mfa-statement"));
        assertEquals("Undo: add executive statement by Minister of Foreign Affairs of Latvia",
                app.editing().undoTextProperty().get());
        assertTrue(robot.window(0) instanceof Stage s && s.getTitle().startsWith("\u2022 "), "the title marks unsaved edits");

        // undo and redo, from the keyboard
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actionsBefore, app.editing().dataset().actions().size());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actionsBefore + 1, app.editing().dataset().actions().size());

        // the bundled dataset is saved under a name of its own, chosen in the Save As window
        answers.add(dir.resolve("campaign-edited.json"));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.S);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.editing().modifiedProperty().get());
        Path saved = dir.resolve("campaign-edited.json");
        assertTrue(Files.exists(saved));

        robot.interact(() -> app.summary().open(saved));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saved.equals(app.editing().file())
                && app.editing().dataset().actions().stream().anyMatch(a -> a.id().equals("act-2026-lv-mfa-statement")));
        DatasetLoad reread = new DatasetReader().read(saved);
        assertTrue(reread.isValid(), reread.problems().toString());
        SupportAction statement = reread.dataset().actions().stream()
                .filter(a -> a.id().equals("act-2026-lv-mfa-statement")).findFirst().orElseThrow();
        assertEquals("LV", statement.country());
        assertEquals("ga-94", statement.assembly());
        assertEquals(java.util.List.of("src-2026-lv-mfa-statement"), statement.sources());
        assertTrue(reread.dataset().source("src-2026-lv-mfa-statement").isPresent());
        assertEquals("1 source added, 1 support action added",
                reread.dataset().changes().get(reread.dataset().changes().size() - 1).summary());
        assertFalse(app.editing().modifiedProperty().get());
    }

    @Test
    void deletingASourceThatIsCitedIsRefusedWithWhatCitesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.editing().isOpen());
        robot.clickOn("Edit data");
        choose(robot, robot.lookup("#editKind").query().getParent(), "#editKind", "Sources (" 
                + app.editing().dataset().sources().size() + ")");
        ListView<?> records = robot.lookup("#editRecords").queryAs(ListView.class);
        robot.interact(() -> records.getSelectionModel().select(0));
        robot.clickOn("#editDelete");
        robot.type(javafx.scene.input.KeyCode.ENTER); // the confirmation's default button: Delete
        WaitForAsyncUtils.waitForFxEvents();
        String why = robot.lookup("#deleteRefused").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(why.contains("is cited by") && why.contains("remove it from them first"), why);
        robot.clickOn("OK");
        assertFalse(app.editing().modifiedProperty().get(), "nothing was deleted");
    }
}
