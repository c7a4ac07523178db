package org.attache.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.attache.app.summary.SummaryViewModel;

/**
 * With {@code -Dattache.startupReport=true}, prints how long after the process started the window was first
 * painted and when the dataset was on screen, so start-up can be measured from outside. With
 * {@code -Dattache.exitAfterStartup=true} the app then closes, as the installer build does to record the classes
 * it loads at start.
 */
final class StartupReport {
    private StartupReport() {
    }

    static void watch(Scene scene, SummaryViewModel summary) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        Runnable[] painted = new Runnable[1];
        painted[0] = () -> {
            System.out.println("startup: window painted " + (System.currentTimeMillis() - start) + " ms after launch");
            Platform.runLater(() -> scene.removePostLayoutPulseListener(painted[0]));
        };
        scene.addPostLayoutPulseListener(painted[0]);
        summary.loadingProperty().addListener((o, was, loading) -> {
            if (was && !loading) {
                System.out.println("startup: dataset shown " + (System.currentTimeMillis() - start) + " ms after launch");
                if (Boolean.getBoolean("attache.exitAfterStartup")) Platform.runLater(Platform::exit);
            }
        });
    }
}
