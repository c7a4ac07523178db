package org.attache.app.pack;

import org.attache.app.common.FileDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.DataNames;
import org.attache.app.common.RecentFiles;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.data.Problem;
import org.attache.core.data.Severity;
import org.attache.core.export.DatasetFile;
import org.attache.core.export.EarlierDataset;
import org.attache.core.pack.SectionKind;
import org.attache.core.export.ExportOptions;
import org.attache.core.export.UnprintablePackText;
import org.attache.core.export.PackExporter;
import org.attache.core.model.Country;
import org.attache.core.pack.BriefLanguage;
import org.attache.core.pack.DatasetChanges;
import org.attache.core.pack.DocumentControl;
import org.attache.core.pack.Meeting;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.attache.core.pack.PackFile;
import org.attache.core.pack.PackLoad;
import org.attache.core.pack.PackSection;
import org.attache.core.pack.PaperSize;
import org.attache.core.pack.Template;
import org.attache.core.pdf.PageImages;

/**
 * The pack being built: its settings, whether it has unsaved changes, and a preview rendered in the background
 * after every change. Only the newest change is rendered; previews of older states are dropped.
 */
public final class PackBuilderViewModel {
    static final float PREVIEW_SCALE = 1.5f;

    private final TaskRunner tasks;
    private final TaskRunner previews;
    private final PackExporter exporter = new PackExporter();
    private final AtomicLong generation = new AtomicLong();

    private final ReadOnlyObjectWrapper<DatasetFile> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pack> pack = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> packFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(UiText.get("pack.message.start"));
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    /** What changed in the dataset since the open pack was made; shown with what cannot be printed. */
    private List<String> datasetNotices = List.of();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    /** Each country's meeting details, set aside when the pack moved to another country, to come back with it. */
    private final Map<String, Meeting> setAside = new HashMap<>();
    private BiConsumer<String, String> onFailure = (title, text) -> { };
    /** Pack files saved or opened lately, newest first, kept across runs for the home screen. */
    private final RecentFiles recentPacks;
    static final String RECENT_PACKS = "recentPacks";

    /** Where the desk that prepares packs is remembered, so that every new pack is signed by it. */
    static final String PREPARED_BY = "pack.preparedBy";

    private final Settings settings;
    private final HandOutViewModel handOut;
    private final PackExports exports;

    public PackBuilderViewModel(TaskRunner tasks, TaskRunner previews) {
        this(tasks, previews, Settings.inMemory());
    }

    public PackBuilderViewModel(TaskRunner tasks, TaskRunner previews, Settings settings) {
        this.tasks = tasks;
        this.previews = previews;
        this.settings = settings;
        this.handOut = new HandOutViewModel(settings);
        this.exports = new PackExports(tasks, handOut, pack::get, dataset::get, this::country, new PackExports.Status() {
            @Override public void busy(boolean on) { busy.set(on); }
            @Override public void say(String line) { message.set(line); }
            @Override public void failed(String title, String text) { onFailure.accept(title, text); }
        });
        this.recentPacks = new RecentFiles(settings, RECENT_PACKS, 8);
    }

    public ReadOnlyObjectProperty<DatasetFile> datasetProperty() { return dataset.getReadOnlyProperty(); }

    /** A country's name in the app's language. */
    private String countryName(Country c) {
        return DataNames.country(dataset.get() == null ? null : dataset.get().dataset(), c);
    }

    /** A country as the chooser lists it, by its name in the app's language and in English. */
    public String countryChoice(Country c) {
        return DataNames.countryChoice(dataset.get() == null ? null : dataset.get().dataset(), c);
    }
    public ReadOnlyObjectProperty<Pack> packProperty() { return pack.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> packFileProperty() { return packFile.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty renderingProperty() { return rendering.getReadOnlyProperty(); }
    /** True while a save, open or export is under way. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ObservableList<Path> recentPacks() { return recentPacks.list(); }

    /** Starts a new pack for a country, in place of the open one (asking first about unsaved changes is the caller's). */
    public void newPack(Country country) {
        pack.set(null);
        packFile.set(null);
        dirty.set(false);
        setAside.clear();
        datasetNotices = List.of();
        notices.clear();
        problems.clear();
        chooseCountry(country);
    }

    /** Says why something typed was not taken; the pack is unchanged. */
    public void refuseInput(String why) {
        message.set(why);
    }
    /** What changed in the dataset since an opened pack was saved. */
    public ObservableList<String> notices() { return notices; }
    /** Problems found in the last pack file opened. */
    public ObservableList<Problem> problems() { return problems; }
    /** Countries of the dataset, by name. */
    public ObservableList<Country> countries() { return countries; }

    public Pack pack() { return pack.get(); }

    public Country country() {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        return p == null || d == null ? null : d.dataset().country(p.country()).orElse(null);
    }

    /** Uses a newly opened dataset; the pack stays, or is closed if its country is not in the new dataset. */
    public void setDataset(DatasetFile file) {
        dataset.set(file);
        countries.setAll(PackUniverse.choosable(file.dataset()));
        Pack p = pack.get();
        if (p != null && file.dataset().country(p.country()).isEmpty()) {
            pack.set(null);
            preview.set(null);
            message.set(UiText.get("pack.message.datasetHasNoCountry", p.country()));
        } else if (p != null) {
            refresh();
        }
    }

    // Editing ---------------------------------------------------------------------------------------------

    public void chooseCountry(Country country) {
        if (country == null) return;
        if (pack.get() == null) {
            DocumentControl control = DocumentControl.EMPTY.withPreparedBy(preparedBy());
            change(p -> Pack.of(country.code(), Template.MINISTERIAL).withControl(control)
                    .withLanguage(UiText.language() == UiLanguage.TRADITIONAL_CHINESE
                            ? BriefLanguage.TRADITIONAL_CHINESE : BriefLanguage.ENGLISH), true);
            // a pack nobody has written in yet holds nothing to lose: leaving it asks nothing
            dirty.set(false);
            message.set(UiText.get("pack.message.newPack", countryName(country)));
        }
        else if (!country.code().equals(pack.get().country())) moveTo(country);
    }

    /**
     * Another country is another meeting: who, their title and where are set aside with the country they were
     * for (choosing it again brings them back); the date and the purpose stay.
     */
    private void moveTo(Country country) {
        Pack p = pack.get();
        Meeting old = p.meeting();
        Meeting fresh = old.withCounterpartName("").withCounterpartTitle("").withPlace("");
        Meeting next = setAside.getOrDefault(country.code(), fresh).withDate(old.date()).withPurpose(old.purpose());
        setAside.put(p.country(), old);
        change(x -> x.withCountry(country.code()).withMeeting(next));
        if (!old.equals(fresh)) {
            String from = dataset.get() == null ? p.country() : dataset.get().dataset().country(p.country())
                    .map(this::countryName).orElse(p.country());
            message.set(UiText.get("pack.message.setAside", from));
        }
    }

    public void chooseTemplate(Template template) {
        if (pack.get() != null && template != null && template != pack.get().template()) change(p -> p.withTemplate(template));
    }

    public void editMeeting(UnaryOperator<Meeting> edit) {
        change(p -> p.withMeeting(edit.apply(p.meeting())));
    }

    public void setSectionIncluded(int index, boolean included) {
        change(p -> p.withSectionReplaced(index, p.sections().get(index).withIncluded(included)));
    }

    public void setSectionNotes(int index, String notes) {
        change(p -> p.withSectionReplaced(index, p.sections().get(index).withNotes(notes)));
    }

    /**
     * Asks for the earlier dataset the section at {@code index} ("New since…") compares with, and counts from it;
     * nothing changes when the user cancels.
     */
    public void chooseEarlierDataset(int index, FileDialogs dialogs) {
        dialogs.open(UiText.get("pack.newSince.choose.title"), UiText.get("pack.newSince.choose.files"), "*.json")
                .ifPresent(file -> change(p -> p.withSectionReplaced(index, p.sections().get(index)
                        .withOption(SectionKind.BASELINE, SectionKind.EARLIER_DATASET)
                        .withOption(SectionKind.EARLIER_FILE, file.toAbsolutePath().toString()))));
    }

    public void setSectionOption(int index, String key, String value) {
        change(p -> p.withSectionReplaced(index, p.sections().get(index).withOption(key, value)));
    }

    /** Moves a section by {@code delta} places; returns its new index. */
    public int moveSection(int index, int delta) {
        Pack p = pack.get();
        if (p == null) return index;
        int to = Math.max(0, Math.min(p.sections().size() - 1, index + delta));
        if (to != index) change(x -> x.withSectionMoved(index, to));
        return to;
    }

    public void setNotes(String notes) {
        change(p -> p.withNotes(notes));
    }

    /** The desk remembered as the one that prepares packs, or "". */
    public String preparedBy() {
        return settings.get(PREPARED_BY, "");
    }

    /** Changes the cover's document control; who prepared it is remembered for the next new pack. */
    public void editControl(UnaryOperator<DocumentControl> edit) {
        change(p -> p.withControl(edit.apply(p.control())));
        Pack now = pack.get();
        if (now != null && !now.control().preparedBy().isEmpty()) settings.put(PREPARED_BY, now.control().preparedBy());
    }

    public void setClassification(String marking) {
        change(p -> p.withClassification(marking));
    }

    public void setPaper(PaperSize paper) {
        change(p -> p.withPaper(paper));
    }

    /** The language the brief is written in: English, or Traditional Chinese. */
    public void setLanguage(org.attache.core.pack.BriefLanguage language) {
        change(p -> p.withLanguage(language));
    }

    /** Numbers the brief's paragraphs in the margin, or stops numbering them. */
    public void setNumbered(boolean numbered) {
        change(p -> p.withNumbered(numbered));
    }

    /** Flags what may be out of date in the brief, or stops flagging it. */
    public void setFlagStale(boolean flag) {
        change(p -> p.withFlagStale(flag));
    }

    /** The age after which a flagged pack calls a source old, in years. */
    public void setStaleSourceAge(int years) {
        change(p -> p.withStaleSourceAge(years));
    }

    private void change(UnaryOperator<Pack> edit) {
        change(edit, false);
    }

    private void change(UnaryOperator<Pack> edit, boolean allowNew) {
        Pack before = pack.get();
        if (before == null && !allowNew) return;
        Pack after = edit.apply(before);
        if (after.equals(before)) return;
        pack.set(after);
        dirty.set(true);
        refresh();
    }

    // Preview ---------------------------------------------------------------------------------------------

    /** Renders the current pack in the background; a newer change makes this render's result be dropped. */
    public void refresh() {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        if (p == null || d == null) return;
        List<String> now = new ArrayList<>(datasetNotices);
        now.addAll(UnprintablePackText.of(p));
        if (!now.equals(notices)) notices.setAll(now);
        long mine = generation.incrementAndGet();
        rendering.set(true);
        previews.run(() -> {
            if (generation.get() != mine) return null;
            long start = System.nanoTime();
            byte[] pdf = exporter.render(d, p, now(), Output.FULL, EarlierDataset.options(p, ExportOptions.STANDARD));
            if (generation.get() != mine) return null;
            var pages = PageImages.render(pdf, PREVIEW_SCALE);
            return new Preview(pdf, pages, (System.nanoTime() - start) / 1_000_000);
        }, result -> {
            if (generation.get() != mine) return;
            rendering.set(false);
            if (result != null) preview.set(result);
        }, failure -> {
            if (generation.get() != mine) return;
            rendering.set(false);
            message.set(UiText.get("pack.message.previewFailed", failure.getMessage()));
        });
    }

    static ZonedDateTime now() {
        return ZonedDateTime.now().withNano(0);
    }

    // Files -----------------------------------------------------------------------------------------------

    /** "LV-Latvia-ministerial-2026-11-24": country, template and meeting date (or today). */
    public String suggestedName() {
        Pack p = pack.get();
        Country c = country();
        if (p == null || c == null) return "pack";
        LocalDate date = p.meeting().date() == null ? LocalDate.now() : p.meeting().date();
        String name = c.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return p.country() + "-" + name + "-" + p.template().json() + "-" + date;
    }

    /** Saves in the background; on failure the pack stays open and unsaved, and the message says why. */
    public void savePack(Path file, Runnable onSaved) {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        if (p == null || d == null) return;
        busy.set(true);
        tasks.run(() -> {
            // the copy of the dataset the pack keeps is made here, off the FX thread
            PackFile.save(p.withDataset(d.refFor(p.country())), file);
            return file;
        }, saved -> {
            busy.set(false);
            saved(p, saved);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            saveFailed(file, failure);
        });
    }

    /** Saves on the calling thread (a pack file is small), for the question asked before closing. */
    public void savePackAndWait(Path file) {
        Pack p = pack.get();
        DatasetFile d = dataset.get();
        if (p == null || d == null) return;
        try {
            PackFile.save(p.withDataset(d.refFor(p.country())), file);
            saved(p, file);
        } catch (IOException | RuntimeException e) {
            saveFailed(file, e);
        }
    }

    private void saved(Pack p, Path file) {
        if (pack.get() == p) dirty.set(false);
        packFile.set(file);
        recentPacks.remember(file);
        message.set(UiText.get("pack.message.saved", file.getFileName()));
    }

    private void saveFailed(Path file, Throwable failure) {
        message.set(UiText.get("pack.message.saveFailed", file.getFileName(), PackExports.reason(failure)));
        onFailure.accept(UiText.get("pack.saveFailed.title"),
                UiText.get("pack.saveFailed.text", file.toAbsolutePath(), PackExports.reason(failure)));
    }

    /** Called with a title and a text when an export or a save fails, for a dialog: a status line is easy to miss. */
    public void setOnFailure(BiConsumer<String, String> listener) {
        this.onFailure = listener;
    }

    /**
     * Puts back a pack kept for recovery after a crash, unsaved (it differs from its file, or has none yet), so the
     * user sees it marked and saves it or not.
     */
    public void restore(Pack restored, Path file) {
        DatasetFile d = dataset.get();
        if (d != null && d.dataset().country(restored.country()).isEmpty()) {
            message.set(UiText.get("pack.message.recoveredCountryMissing", restored.country()));
            return;
        }
        pack.set(restored);
        setAside.clear();
        packFile.set(file);
        dirty.set(true);
        message.set(file == null ? UiText.get("pack.message.restored")
                : UiText.get("pack.message.restoredFile", file.getFileName()));
        refresh();
    }

    /** Opens a pack file; a file with errors leaves the current pack as it was and lists the problems. */
    public void openPack(Path file) {
        DatasetFile d = dataset.get();
        busy.set(true);
        tasks.run(() -> PackFile.read(file), load -> {
            busy.set(false);
            problems.setAll(load.problems());
            if (!load.isUsable()) {
                message.set(UiText.get("pack.message.openFailed", file.getFileName(), firstError(load)));
                return;
            }
            Pack opened = load.pack();
            if (d != null && d.dataset().country(opened.country()).isEmpty()) {
                message.set(UiText.get("pack.message.openNoCountry", file.getFileName(), opened.country()));
                return;
            }
            datasetNotices = d == null ? List.of() : DatasetChanges.between(opened.dataset(), d.name(), d.sha256(),
                    d.dataset(), opened.country());
            notices.setAll(datasetNotices);
            pack.set(opened);
            setAside.clear();
            packFile.set(file);
            recentPacks.remember(file);
            dirty.set(false);
            message.set(load.warningCount() > 0
                    ? UiText.get("pack.message.openedWithWarnings", file.getFileName(),
                            String.valueOf(load.warningCount()))
                    : UiText.get("pack.message.opened", file.getFileName()));
            refresh();
        }, failure -> {
            busy.set(false);
            message.set(UiText.get("pack.message.openFailed", file.getFileName(), failure.getMessage()));
        });
    }

    private static String firstError(PackLoad load) {
        return load.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .findFirst().map(Problem::toString).orElse(UiText.get("pack.message.notAPack"));
    }

    /** Renders the pack afresh and writes it to {@code file}, whole or not at all. */
    public void exportPdf(Path file, Consumer<Path> onExported) {
        exports.pdf(file, Output.FULL, onExported);
    }

    /** How the next copy is handed out: recipient, password, archival; and the markings offered. */
    public HandOutViewModel handOut() {
        return handOut;
    }

    /** The pack as the given output, stamped, locked and archival as the hand-out settings say, into {@code file}. */
    public void exportPdf(Path file, Output output, Consumer<Path> onExported) {
        exports.pdf(file, output, onExported);
    }

    /** A copy of the pack for each recipient of the hand-out settings, into {@code folder}. */
    public void exportCopies(Path folder, Output output, Consumer<Path> onExported) {
        exports.copies(folder, output, onExported);
    }

    /** Captures the pack as it is now; the returned work renders its PDF and may run off the FX thread. */
    public Callable<byte[]> renderNow() {
        return exports.renderNow();
    }

    public PackSection section(int index) {
        return pack.get().sections().get(index);
    }
}
