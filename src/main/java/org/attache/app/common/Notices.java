package org.attache.app.common;

import java.util.List;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * Shows a passing notice ("Exported LV.pdf", with Open folder) in the corner of a window without taking its keys:
 * while a notice with a button shows, the window's key events go to the notice, so its shortcuts (Ctrl+E, Ctrl+S)
 * would do nothing for those seconds; the notice is given the window's shortcuts too.
 */
public final class Notices {
    private Notices() {
    }

    public static void show(Notifications notice, Window owner) {
        notice.owner(owner).showInformation();
        if (owner.getScene() == null) return;
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof PopupWindow popup && popup.getOwnerWindow() == owner && popup.getScene() != null) {
                // the redirected keys reach the notice's own nodes, not its scene's shortcuts: match them here
                popup.getScene().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                    for (var shortcut : owner.getScene().getAccelerators().entrySet()) {
                        if (shortcut.getKey().match(key)) {
                            key.consume();
                            shortcut.getValue().run();
                            return;
                        }
                    }
                });
            }
        }
    }
}
