package org.attache.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.attache.app.summary.SummaryViewModel;

/**
 * With {@code -Dattache.startupReport=true}, prints how long after the process started the window was first
 * painted, when the main window was built in it, and when the dataset was on screen, so start-up can be measured
 * from outside. With {@code -Dattache.exitAfterStartup=true} the app then closes, as the installer build does to
 * record the classes it loads at start.
 */
final class StartupReport {
    private final long start = ManagementFactory.getRuntimeMXBean().getStartTime();

    private StartupReport() {
    }

    /** Starts watching a window just shown: its first paint is reported. */
    static StartupReport watch(Scene scene) {
        StartupReport report = new StartupReport();
        StartupShell.afterPainted(scene, () -> report.print("window painted"));
        return report;
    }

    /** Goes on with the main window just built: the dataset's first showing is reported, and ends the run if asked. */
    void watch(SummaryViewModel summary) {
        print("window built");
        summary.loadingProperty().addListener((o, was, loading) -> {
            if (was && !loading) {
                print("dataset shown");
                if (Boolean.getBoolean("attache.exitAfterStartup")) Platform.runLater(Platform::exit);
            }
        });
    }

    private void print(String what) {
        System.out.println("startup: " + what + " " + (System.currentTimeMillis() - start) + " ms after launch");
    }
}
