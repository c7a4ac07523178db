package org.attache.app.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.RecentFiles;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.export.DatasetFile;
import org.attache.core.sign.TrustedKeys;

/**
 * The open dataset: which file it came from, who signed it, its record counts and problems, the files opened recently, and
 * reloading it when it changes on disk. One dataset is open at a time in every view: a file that cannot be read,
 * or that a view cannot take, leaves the open dataset as it was everywhere.
 */
public final class SummaryViewModel {
    static final int RECENT_MAX = 10;
    static final String RECENT_KEY = "recent";
    static final String LAST_KEY = "lastDataset";

    private final TaskRunner tasks;
    private final Settings settings;
    private final TrustedKeys trusted;
    private final RecentFiles recent;
    private Path file;
    private FileTime modified;
    private Consumer<String> onUnreadable = message -> { };
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(UiText.get("summary.loading"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(UiText.get("summary.loading"));
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signatureWarns = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> counts = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    private Consumer<DatasetFile> onOpened = file -> { };
    private java.util.function.BiConsumer<DatasetFile, Path> onFileOpened = (file, path) -> { };
    /** The dataset every view holds, or null before the first one opens. */
    private DatasetFile current;

    public SummaryViewModel(TaskRunner tasks) {
        this(tasks, Settings.inMemory());
    }

    /** Trusts only the keys bundled with the app. */
    public SummaryViewModel(TaskRunner tasks, Settings settings) {
        this(tasks, settings, new TrustedKeys(TrustedKeys.bundledKeys(), null));
    }

    /** Checks each dataset opened from a file against the {@code trusted} keys, in the background as it is read. */
    public SummaryViewModel(TaskRunner tasks, Settings settings, TrustedKeys trusted) {
        this.tasks = tasks;
        this.settings = settings;
        this.trusted = trusted;
        this.recent = new RecentFiles(settings, RECENT_KEY, RECENT_MAX);
    }

    /** Called with the reason when a file cannot be opened at all, for a dialog; the open dataset stays. */
    public void setOnUnreadable(Consumer<String> listener) {
        this.onUnreadable = listener;
    }

    /** Files opened lately, newest first, at most ten, kept across runs. */
    public ObservableList<Path> recent() { return recent.list(); }

    /** The file the open dataset came from, or null for the bundled one. */
    public Path file() { return file; }

    /** The dataset file opened last time, if there was one and it is still there. */
    public Path lastFile() {
        String last = settings.get(LAST_KEY, null);
        return last != null && Files.isRegularFile(Path.of(last)) ? Path.of(last) : null;
    }

    public void open(Path path) {
        load(() -> DatasetFile.open(path, trusted), path);
    }

    public void openBundled() {
        load(DatasetFile::bundled, null);
    }

    /** Reads the open dataset's file again (F5). */
    public void reload() {
        if (file == null) openBundled();
        else open(file);
    }

    /** Reloads when the open file changed on disk since it was read; returns whether it did. */
    public boolean reloadIfChanged() {
        if (file == null || modified == null) return false;
        try {
            if (Files.getLastModifiedTime(file).equals(modified)) return false;
        } catch (IOException e) {
            return false;
        }
        open(file);
        return true;
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
    /** Who signed the open dataset and when, that it is not signed or is the bundled one, or a warning. */
    public ReadOnlyStringProperty signatureProperty() { return signature.getReadOnlyProperty(); }
    /** Whether the signature line is a warning: the dataset was altered, or its signer cannot be checked. */
    public ReadOnlyBooleanProperty signatureWarnsProperty() { return signatureWarns.getReadOnlyProperty(); }
    /** One line per record type: "sources  48". */
    public ObservableList<String> counts() { return counts; }
    public ObservableList<Problem> problems() { return problems; }

    /** Loads a dataset in the background; the previous one stays shown until the new one is read. */
    public void load(Supplier<DatasetFile> loader) {
        load(loader, null);
    }

    private void load(Supplier<DatasetFile> loader, Path from) {
        loading.set(true);
        tasks.run(() -> {
            FileTime time = from == null ? null : modifiedTime(from);
            return new Opened(loader.get(), from, time);
        }, this::show, failure -> {
            loading.set(false);
            status.set(UiText.get("summary.loadFailed", failure.getMessage()));
        });
    }

    /** "\n\ncampaign.json (bundled) stays open.", or nothing when no dataset is open. */
    private String staysOpen() {
        return datasetName.get().isEmpty() ? "" : "\n\n" + UiText.get("summary.staysOpen", datasetName.get());
    }

    private record Opened(DatasetFile dataset, Path path, FileTime modified) {
    }

    private static FileTime modifiedTime(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    private void show(Opened opened) {
        DatasetFile file = opened.dataset();
        DatasetLoad load = file.load();
        loading.set(false);
        if (!load.isReadable()) {
            if (datasetName.get().isEmpty()) {
                // Nothing else is shown, so this file's problem is the list; otherwise keep the open dataset's.
                title.set(UiText.get("summary.noDataset"));
                problems.setAll(load.problems());
            }
            Problem first = load.problems().get(0);
            String where = first.location().describe();
            String why = where.isEmpty() ? UiText.get("summary.cannotOpen", load.file(), first.message())
                    : UiText.get("summary.cannotOpenAt", load.file(), where, first.message());
            status.set(why);
            onUnreadable.accept(why + staysOpen());
            return;
        }
        // every view takes the new dataset, or every view goes back to the one it had
        try {
            onOpened.accept(file);
        } catch (RuntimeException e) {
            if (current != null) onOpened.accept(current);
            String why = UiText.get("summary.cannotShow", load.file(), e.toString());
            status.set(why);
            onUnreadable.accept(why + staysOpen());
            return;
        }
        current = file;
        this.file = opened.path();
        this.modified = opened.modified();
        if (opened.path() != null) remember(opened.path());
        display(file);
        onFileOpened.accept(file, opened.path());
    }

    /**
     * Shows a version of the open dataset that was edited in the app: every view takes it, as when a file opens,
     * but the file, its place in the recent list and the editing history stay as they are.
     */
    public void showEdited(DatasetFile edited) {
        onOpened.accept(edited);
        current = edited;
        display(edited);
    }

    /**
     * The open dataset was saved by the app to {@code path}, as {@code saved}: it is now the open file (its own
     * change on disk is no reason to reload it) and the most recent one.
     */
    public void savedTo(Path path, DatasetFile saved) {
        this.file = path;
        this.modified = modifiedTime(path);
        remember(path);
        showEdited(saved);
    }

    /** Called with each dataset read from a file (or the bundled one, with no path), not with edited versions. */
    public void setOnFileOpened(java.util.function.BiConsumer<DatasetFile, Path> listener) {
        this.onFileOpened = listener;
    }

    private void display(DatasetFile file) {
        DatasetLoad load = file.load();
        datasetName.set(load.file());
        signature.set(SignatureText.of(file.signature(), ZoneId.systemDefault()));
        signatureWarns.set(file.signature().warns());
        title.set(load.dataset().title());
        counts.clear();
        for (Map.Entry<String, Integer> e : load.dataset().recordCounts().entrySet()) {
            counts.add(UiText.get("summary.count", String.valueOf(e.getValue()), recordsWord(e.getKey())));
        }
        problems.setAll(load.problems());
        status.set(problemCounts(load.errorCount(), load.warningCount()));
        Map<String, Integer> n = load.dataset().recordCounts();
        statusLine.set(UiText.get("summary.statusLine", load.file(), String.valueOf(n.get("countries")),
                String.valueOf(n.get("actions")), String.valueOf(n.get("facts")), String.valueOf(n.get("sources")),
                problemCounts(load.errorCount(), load.warningCount())));
    }

    /** "1 error, 2 warnings" (the core's words in English), in the app's language. */
    static String problemCounts(int errors, int warnings) {
        return UiText.get("summary.problemCounts",
                errors == 1 ? UiText.get("summary.errors.one") : UiText.get("summary.errors.many", String.valueOf(errors)),
                warnings == 1 ? UiText.get("summary.warnings.one")
                        : UiText.get("summary.warnings.many", String.valueOf(warnings)));
    }

    /**
     * What the records of a list of {@link org.attache.core.model.Dataset#recordCounts()} are called: "actions",
     * "talking points" in English, as the counts name them; the name itself when the bundle has none.
     */
    public static String recordsWord(String list) {
        String key = "summary.records." + list.replace(' ', '_');
        try {
            return UiText.get(key);
        } catch (MissingResourceException e) {
            return list;
        }
    }

    private void remember(Path path) {
        settings.put(LAST_KEY, recent.remember(path).toString());
    }
}
