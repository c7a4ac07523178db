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
import org.attache.app.common.UiText;
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
        ALL, REGION, ALLIES, LIST;

        /** "All INTERPOL member countries", "One region"…: as the dialog offers it, in the app's language. */
        public String label() {
            return switch (this) {
                case ALL -> UiText.get("batch.scope.all");
                case REGION -> UiText.get("batch.scope.region");
                case ALLIES -> UiText.get("batch.scope.allies");
                case LIST -> UiText.get("batch.scope.list");
            };
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
        String count = n == 1 ? UiText.get("batch.count.one") : UiText.get("batch.count.many", String.valueOf(n));
        return unknown.isEmpty() ? count
                : UiText.get("batch.count.unknown", count, String.join(UiText.get("batch.list.separator"), unknown));
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
        if (folder.get() == null) return refuse(UiText.get("batch.refused.noFolder"));
        if (!unknown.isEmpty()) {
            return refuse(UiText.get("batch.refused.unknown", String.join(UiText.get("batch.list.separator"), unknown)));
        }
        List<Country> countries = selection.countries(dataset.dataset());
        if (countries.isEmpty()) return refuse(UiText.get("batch.refused.none"));

        Pack pattern = useOpenPack.get() && openPack != null
                ? openPack.withPaper(paper.get())
                : Pack.of(countries.get(0).code(), template.get()).withPaper(paper.get())
                        .withControl(DocumentControl.EMPTY.withPreparedBy(preparedBy));
        BatchExporter batch = new BatchExporter();
        exporter = batch;
        settings.put(FOLDER, folder.get().toAbsolutePath().toString());
        BatchExporter.Request request = new BatchExporter.Request(dataset, selection, pattern, folder.get(),
                skipExisting.get(), ZonedDateTime.now().withNano(0), output.get(), null);
        running.set(true);
        progress.set(0);
        message.set("");
        summary.set(null);
        current.set(UiText.get("batch.current.starting"));
        long start = System.nanoTime();
        background.execute(() -> {
            BatchSummary result;
            try {
                result = batch.run(request, listener(start));
            } catch (Exception e) {
                ui.execute(() -> {
                    running.set(false);
                    message.set(UiText.get("batch.message.couldNotStart",
                            WriteProblem.reason(request.folder().resolve("x"), e)));
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
        // whole seconds as the English has always shown them: rounded half up, never grouped
        String elapsed = String.format(Locale.ROOT, "%.0f", seconds);
        if (done > 0 && done < total) {
            String left = String.format(Locale.ROOT, "%.0f", Math.ceil(seconds / done * (total - done)));
            return UiText.get("batch.timing.left", String.valueOf(done), String.valueOf(total), elapsed, left);
        }
        return UiText.get("batch.timing", String.valueOf(done), String.valueOf(total), elapsed);
    }

    /** Stops the batch: no new country starts; the few in progress finish their files. */
    public void cancel() {
        BatchExporter batch = exporter;
        if (batch != null && running.get()) {
            batch.cancel();
            current.set(UiText.get("batch.current.cancelling"));
        }
    }

    private void finish(BatchSummary result, Consumer<BatchSummary> onDone) {
        running.set(false);
        exporter = null;
        summary.set(result);
        current.set(result.cancelled() ? UiText.get("batch.current.cancelled") : UiText.get("batch.current.done"));
        List<BatchItem> failed = result.with(BatchItem.Status.FAILED);
        message.set(failed.isEmpty() ? result.describe() : UiText.get("batch.message.failed", result.describe(),
                String.join(UiText.get("batch.message.failed.separator"), failed.stream()
                        .map(i -> UiText.get("batch.message.failed.item", i.country().code(), i.reason())).toList())));
        onDone.accept(result);
    }
}
