package org.attache.app.batch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.attache.app.common.Settings;
import org.attache.core.export.BatchExporter;
import org.attache.core.export.BatchItem;
import org.attache.core.export.BatchListener;
import org.attache.core.export.BatchSummary;
import org.attache.core.export.CountrySelection;
import org.attache.core.export.DatasetFile;
import org.attache.core.io.WriteProblem;
import org.attache.core.model.Country;
import org.attache.core.model.Region;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;

/**
 * The batch export: what to make and where, then its progress. The batch runs on its own threads; progress
 * reaches the properties through {@code ui}, the FX thread in the app.
 */
public final class BatchExportViewModel {
    public enum Scope {
        ALL("All INTERPOL member countries"), REGION("One region"), ALLIES("Diplomatic allies"),
        LIST("These countries");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final DatasetFile dataset;
    private final Pack openPack;
    private String preparedBy = "";
    private final Executor ui;
    private final Executor background;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(Region.EUROPE);
    private final StringProperty codes = new SimpleStringProperty("");
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>(Template.MINISTERIAL);
    private final BooleanProperty useOpenPack = new SimpleBooleanProperty(false);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObjectProperty<Output> output =
            new SimpleObjectProperty<>(Output.FULL);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty skipExisting = new SimpleBooleanProperty(true);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BatchSummary> summary = new ReadOnlyObjectWrapper<>();
    private volatile BatchExporter exporter;

    /** Where the last batch went, offered again next time. */
    static final String FOLDER = "batch.folder";

    private final Settings settings;

    /** {@code openPack} may be null; when given it can serve as the pattern for every country. */
    public BatchExportViewModel(DatasetFile dataset, Pack openPack, Executor ui, Executor background) {
        this(dataset, openPack, ui, background, Settings.inMemory());
    }

    /** As above, offering the folder of the last batch, remembered in {@code settings}. */
    public BatchExportViewModel(DatasetFile dataset, Pack openPack, Executor ui, Executor background,
                                Settings settings) {
        this.settings = settings;
        String last = settings.get(FOLDER, null);
        try {
            if (last != null) folder.set(Path.of(last));
        } catch (InvalidPathException e) {
            // a folder that is no path on this machine is simply not offered
        }
        this.dataset = dataset;
        this.openPack = openPack;
        this.ui = ui;
        this.background = background;
        if (openPack != null) {
            template.set(openPack.template());
            paper.set(openPack.paper());
        }
    }

    public ObjectProperty<Scope> scopeProperty() { return scope; }
    public ObjectProperty<Region> regionProperty() { return region; }
    /** Country codes for {@link Scope#LIST}, separated by commas or spaces. */
    public StringProperty codesProperty() { return codes; }
    public ObjectProperty<Template> templateProperty() { return template; }
    public BooleanProperty useOpenPackProperty() { return useOpenPack; }
    public ObjectProperty<PaperSize> paperProperty() { return paper; }
    /** Full briefs, pocket cards or leave-behinds. */
    public ObjectProperty<Output> outputProperty() { return output; }
    public ObjectProperty<Path> folderProperty() { return folder; }
    public BooleanProperty skipExistingProperty() { return skipExisting; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The country being made, or the outcome when finished. */
    public ReadOnlyStringProperty currentProperty() { return current.getReadOnlyProperty(); }
    /** "12 s elapsed, about 20 s left". */
    public ReadOnlyStringProperty timingProperty() { return timing.getReadOnlyProperty(); }
    /** Why the batch cannot start, or how it ended. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BatchSummary> summaryProperty() { return summary.getReadOnlyProperty(); }

    public boolean hasOpenPack() {
        return openPack != null;
    }

    public CountrySelection selection() {
        return switch (scope.get()) {
            case ALL -> CountrySelection.all();
            case REGION -> CountrySelection.region(region.get());
            case ALLIES -> CountrySelection.allies();
            case LIST -> CountrySelection.typed(codes.get(), dataset.dataset());
        };
    }

    /** How many countries the current choice covers, for the dialog to show before starting. */
    /** "3 countries", and what was typed that names no country: "2 countries; not known: XX". */
    public String countText() {
        CountrySelection s = selection();
        int n = s.countries(dataset.dataset()).size();
        List<String> unknown = s.unknownCodes(dataset.dataset());
        return (n == 1 ? "1 country" : n + " countries") + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown));
    }

    public int count() {
        return selection().countries(dataset.dataset()).size();
    }

    /** The desk that prepares packs, printed on the cover of each new pack of the batch (the open pack keeps its own). */
    public void setPreparedBy(String desk) {
        preparedBy = desk == null ? "" : desk;
    }

    /** Starts the batch, or says in {@link #messageProperty()} why it cannot. */
    public boolean start(Consumer<BatchSummary> onDone) {
        if (running.get()) return false;
        CountrySelection selection = selection();
        List<String> unknown = selection.unknownCodes(dataset.dataset());
        if (folder.get() == null) return refuse("Choose a folder for the PDFs.");
        if (!unknown.isEmpty()) return refuse("The dataset has no country " + String.join(", ", unknown) + ".");
        List<Country> countries = selection.countries(dataset.dataset());
        if (countries.isEmpty()) return refuse("No country is selected.");

        Pack pattern = useOpenPack.get() && openPack != null
                ? openPack.withPaper(paper.get())
                : Pack.of(countries.get(0).code(), template.get()).withPaper(paper.get())
                        .withControl(DocumentControl.EMPTY.withPreparedBy(preparedBy));
        BatchExporter batch = new BatchExporter();
        exporter = batch;
        settings.put(FOLDER, folder.get().toAbsolutePath().toString());
        BatchExporter.Request request = new BatchExporter.Request(dataset.dataset(), dataset.name(), selection, pattern,
                folder.get(), skipExisting.get(), ZonedDateTime.now().withNano(0), output.get());
        running.set(true);
        progress.set(0);
        message.set("");
        summary.set(null);
        current.set("Starting\u2026");
        long start = System.nanoTime();
        background.execute(() -> {
            BatchSummary result;
            try {
                result = batch.run(request, listener(start));
            } catch (Exception e) {
                ui.execute(() -> {
                    running.set(false);
                    message.set("The batch could not start: "
                            + WriteProblem.reason(request.folder().resolve("x"), e) + ".");
                });
                return;
            }
            ui.execute(() -> finish(result, onDone));
        });
        return true;
    }

    private boolean refuse(String why) {
        message.set(why);
        return false;
    }

    private BatchListener listener(long start) {
        return new BatchListener() {
            @Override
            public void started(Country country) {
                ui.execute(() -> current.set(country.name()));
            }

            @Override
            public void finished(BatchItem item, int done, int total) {
                long elapsed = System.nanoTime() - start;
                ui.execute(() -> {
                    progress.set((double) done / total);
                    timing.set(timing(elapsed, done, total));
                });
            }
        };
    }

    static String timing(long elapsedNanos, int done, int total) {
        double seconds = elapsedNanos / 1e9;
        String s = String.format(Locale.ROOT, "%d of %d \u00b7 %.0f s elapsed", done, total, seconds);
        if (done > 0 && done < total) {
            s += String.format(Locale.ROOT, ", about %.0f s left", Math.ceil(seconds / done * (total - done)));
        }
        return s;
    }

    /** Stops the batch: no new country starts; the few in progress finish their files. */
    public void cancel() {
        BatchExporter batch = exporter;
        if (batch != null && running.get()) {
            batch.cancel();
            current.set("Cancelling\u2026");
        }
    }

    private void finish(BatchSummary result, Consumer<BatchSummary> onDone) {
        running.set(false);
        exporter = null;
        summary.set(result);
        current.set(result.cancelled() ? "Cancelled" : "Done");
        message.set(result.describe() + (result.with(BatchItem.Status.FAILED).isEmpty() ? ""
                : ". Failed: " + String.join("; ", result.with(BatchItem.Status.FAILED).stream()
                        .map(i -> i.country().code() + " (" + i.reason() + ")").toList())));
        onDone.accept(result);
    }
}
