package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.attache.app.common.FxTaskRunner;
import org.attache.app.summary.SummaryView;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.DatasetReader;

/** The desktop app's composition root: builds the services and the main window, and opens the bundled dataset. */
public final class AttacheApp extends Application {
    public static final String STYLESHEET = "/org/attache/app/attache.css";

    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        SummaryViewModel summary = new SummaryViewModel(tasks);
        Scene scene = new Scene(new SummaryView(summary).build(), 960, 640);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        stage.setTitle("Attaché");
        stage.setScene(scene);
        stage.show();
        summary.load(datasetToOpen());
    }

    /** The dataset named on the command line, else the bundled one. */
    private Supplier<DatasetLoad> datasetToOpen() {
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (files.isEmpty()) return BundledDataset::load;
        Path file = Path.of(files.get(0));
        return () -> new DatasetReader().read(file);
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.close();
    }
}
