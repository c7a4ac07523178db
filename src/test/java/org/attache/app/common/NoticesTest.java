package org.attache.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A notice with a button ("Open folder") shows in the corner without taking the window's shortcuts or its typing. */
@ExtendWith(ApplicationExtension.class)
class NoticesTest {
    private TextField field;
    private Stage stage;
    private int exports;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        field = new TextField();
        field.setId("field");
        MenuItem export = new MenuItem("Export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exports++);
        stage.setScene(new Scene(new VBox(new MenuBar(new Menu("File", null, export)), field), 400, 300));
        stage.show();
    }

    @Test
    void aShortcutPressedWhileANoticeShowsStillWorks(FxRobot robot) {
        robot.clickOn("#field").write("ab");
        robot.interact(() -> Notices.show(Notifications.create().title("Exported").text("LV.pdf")
                .action(new Action("Open folder", e -> { })), stage));
        assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()), "the notice shows");
        robot.write("cd");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exports, "Ctrl+E exported while the notice showed");
        assertEquals("abcd", field.getText(), "what was typed arrived");
    }
}
