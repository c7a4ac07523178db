package org.attache.app.summary;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.TaskRunner;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.export.DatasetFile;

/** State of the dataset summary: what is loaded, its record counts and its problems. */
public final class SummaryViewModel {
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Loading the dataset\u2026");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("Loading the dataset\u2026");
    private final ObservableList<String> counts = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    private Consumer<DatasetFile> onOpened = file -> { };

    public SummaryViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Called with each dataset that opens readable, for the parts of the app that work on the open dataset. */
    public void setOnOpened(Consumer<DatasetFile> listener) {
        this.onOpened = listener;
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty datasetNameProperty() { return datasetName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** For the status bar: "campaign.json (bundled) · 249 countries, 107 actions · 0 errors, 0 warnings". */
    public ReadOnlyStringProperty statusLineProperty() { return statusLine.getReadOnlyProperty(); }
    /** One line per record type: "sources  48". */
    public ObservableList<String> counts() { return counts; }
    public ObservableList<Problem> problems() { return problems; }

    /** Loads a dataset in the background; the previous one stays shown until the new one is read. */
    public void load(Supplier<DatasetFile> loader) {
        loading.set(true);
        tasks.run(loader::get, this::show, failure -> {
            loading.set(false);
            status.set("The dataset could not be loaded: " + failure.getMessage());
        });
    }

    private void show(DatasetFile file) {
        DatasetLoad load = file.load();
        loading.set(false);
        if (!load.isReadable()) {
            if (datasetName.get().isEmpty()) {
                // Nothing else is shown, so this file's problem is the list; otherwise keep the open dataset's.
                title.set("No dataset open");
                problems.setAll(load.problems());
            }
            status.set("Could not open " + load.file() + ": " + load.problems().get(0).message());
            return;
        }
        datasetName.set(load.file());
        title.set(load.dataset().title());
        counts.clear();
        for (Map.Entry<String, Integer> e : load.dataset().recordCounts().entrySet()) {
            counts.add(e.getValue() + " " + e.getKey());
        }
        problems.setAll(load.problems());
        status.set(load.problemCounts());
        Map<String, Integer> n = load.dataset().recordCounts();
        statusLine.set(load.file() + " \u00b7 " + n.get("countries") + " countries, " + n.get("actions") + " actions, "
                + n.get("facts") + " facts, " + n.get("sources") + " sources \u00b7 " + load.problemCounts());
        onOpened.accept(file);
    }
}
