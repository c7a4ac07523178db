package org.attache.app.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where the user left it, at the size they left it, with its split panes as they were. */
public final class WindowPlacement {
    private final Settings settings;

    public WindowPlacement(Settings settings) {
        this.settings = settings;
    }

    /** The width the user left the window at, else {@code fallback}; never wider than the screen (a laptop's 1024). */
    public double width(double fallback) {
        return Math.min(settings.getDouble("window.width", fallback), Screen.getPrimary().getVisualBounds().getWidth());
    }

    /** The height the user left the window at, else {@code fallback}; never taller than the screen. */
    public double height(double fallback) {
        return Math.min(settings.getDouble("window.height", fallback), Screen.getPrimary().getVisualBounds().getHeight());
    }

    /**
     * Restores the position when it is still on a screen (a monitor may have been unplugged), moved and shrunk
     * as needed so the whole window is on that screen.
     */
    public void restore(Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100));
            if (!screens.isEmpty()) {
                Rectangle2D area = screens.get(0).getVisualBounds();
                double w = Math.min(stage.getScene().getWidth(), area.getWidth());
                double h = Math.min(stage.getScene().getHeight(), area.getHeight());
                stage.setWidth(w);
                stage.setHeight(h);
                stage.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w)));
                stage.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - h)));
            }
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
    }

    /** Puts back the dividers of the split panes under {@code root} (tabs call this as they are first built). */
    public void restoreDividers(Parent root) {
        for (var node : root.lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getId() != null) {
                double position = settings.getDouble("split." + split.getId(), Double.NaN);
                if (!Double.isNaN(position) && position > 0.05 && position < 0.95) split.setDividerPositions(position);
            }
        }
    }

    public void save(Stage stage) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
            settings.putDouble("window.width", stage.getScene().getWidth());
            settings.putDouble("window.height", stage.getScene().getHeight());
        }
        for (var node : stage.getScene().getRoot().lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getId() != null && split.getDividerPositions().length > 0) {
                settings.putDouble("split." + split.getId(), split.getDividerPositions()[0]);
            }
        }
    }
}
