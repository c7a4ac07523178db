package org.attache.app;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.attache.app.common.Theme;
import org.attache.app.common.UiText;

/**
 * What the window holds between appearing and being built: the theme's background and a quiet "Opening…". It is
 * made of a plain pane and a text, which need no stylesheet, so the window is painted as soon as JavaFX has started;
 * the main window is built in it straight after.
 */
final class StartupShell {
    private StartupShell() {
    }

    static Parent root(Theme theme) {
        boolean dark = theme == Theme.DARK;
        Text opening = new Text(UiText.get("main.opening"));
        opening.setFill(Color.web(dark ? "#8b949e" : "#57606a"));
        StackPane root = new StackPane(opening);
        root.setBackground(new Background(new BackgroundFill(Color.web(dark ? "#0d1117" : "#ffffff"), null, null)));
        return root;
    }

    /** Runs {@code then} on the FX thread once the scene's first frame has been handed to the renderer. */
    static void afterPainted(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
