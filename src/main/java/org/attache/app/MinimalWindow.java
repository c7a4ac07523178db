package org.attache.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX program that shows a window: a label in a window the size of Attaché's. {@code attache bench
 * --targets} starts it beside the app, with the same Java, as the yardstick for the app's start-up on this machine.
 * It prints {@link #PAINTED} once its window is first laid out for painting, and closes. (Its main class is not the
 * Application itself, so that it also starts with JavaFX on the class path, as the app does.)
 */
public final class MinimalWindow {
    public static final String PAINTED = "painted";

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 760);
            scene.addPostLayoutPulseListener(() -> {
                System.out.println(PAINTED);
                Platform.exit();
            });
            stage.setScene(scene);
            stage.setTitle("Minimal window");
            stage.show();
        }
    }
}
