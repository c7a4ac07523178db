package org.attache.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.attache.app.browse.CountryProfileViewModel;
import org.attache.app.browse.RecordsViewModel;
import org.attache.app.common.AppLog;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.FxDebouncer;
import org.attache.app.common.FxFileDialogs;
import org.attache.app.common.FxTaskRunner;
import org.attache.app.common.Settings;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.app.common.Theme;
import org.attache.app.common.UnexpectedFailures;
import org.attache.app.common.WindowPlacement;
import org.attache.app.dashboard.DashboardViewModel;
import org.attache.app.editing.DatasetEditingViewModel;
import org.attache.app.home.HomeViewModel;
import org.attache.app.pack.PackBuilderViewModel;
import org.attache.app.search.SearchViewModel;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.edit.Recovery;
import org.attache.core.edit.SeenVersions;
import org.attache.core.pack.Pack;
import org.attache.core.sign.TrustedKeys;

/** The desktop app's composition root: builds the services and the main window, and opens the bundled dataset. */
public class AttacheApp extends Application {
    public static final String STYLESHEET = "/org/attache/app/attache.css";
    /** The stylesheet as a URL, for scenes of their own such as the batch window. */
    static final Supplier<String> STYLESHEET_URL = () -> AttacheApp.class.getResource(STYLESHEET).toExternalForm();

    private FxTaskRunner tasks;
    private FxTaskRunner previews;
    private PackBuilderViewModel builder;
    private DashboardViewModel dashboard;
    private CountryProfileViewModel countries;
    private RecordsViewModel records;
    private SearchViewModel search;
    private SummaryViewModel summary;
    private HomeViewModel home;
    private DatasetEditingViewModel editing;
    private volatile boolean built;

    @Override
    public void start(Stage stage) {
        AppLog.start();
        UnexpectedFailures.install(stage);
        Settings settings = Settings.user();
        UiLanguage language = UiLanguage.chosen(settings);
        UiText.use(language);
        // JavaFX's own words (a text field's menu, the date picker) follow the default locale; the user's regional
        // formats (how they type a date) stay the system's
        if (language != UiLanguage.of(Locale.getDefault())) {
            Locale formats = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(language.locale());
            Locale.setDefault(Locale.Category.FORMAT, formats);
        }
        // the window is shown at once, quiet, and built as soon as it has been painted
        WindowPlacement placement = new WindowPlacement(settings);
        Scene scene = new Scene(StartupShell.root(Theme.saved(settings)), placement.width(1280), placement.height(760));
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle(UiText.get("main.title"));
        placement.restore(stage);
        stage.show();
        StartupReport report = Boolean.getBoolean("attache.startupReport") || Boolean.getBoolean("attache.exitAfterStartup")
                ? StartupReport.watch(scene) : null;
        StartupShell.afterPainted(scene, () -> {
            build(stage, scene, settings, placement);
            if (report != null) report.watch(summary);
        });
    }

    /** Builds the services and the main window in the shown window, and opens the dataset. */
    private void build(Stage stage, Scene scene, Settings settings, WindowPlacement placement) {
        tasks = new FxTaskRunner();
        previews = new FxTaskRunner();
        Theme.saved(settings).applyFollowing(settings);
        summary = new SummaryViewModel(tasks, settings, TrustedKeys.standard());
        builder = new PackBuilderViewModel(tasks, previews, settings);
        dashboard = new DashboardViewModel();
        countries = new CountryProfileViewModel();
        records = new RecordsViewModel();
        search = new SearchViewModel(tasks);
        home = new HomeViewModel(settings, tasks, new SeenVersions(AppLog.seenFolder()), ZoneId.systemDefault());
        Recovery recovery = new Recovery(AppLog.recoveryFolder());
        Optional<Recovery.Left> left = recovery.left(); // set aside before this session keeps anything of its own
        FxDebouncer autosave = new FxDebouncer(Duration.millis(Long.getLong("attache.autosaveMillis", 3000)));
        editing = new DatasetEditingViewModel(tasks, recovery, autosave, Clock.systemDefaultZone());
        editing.setEditor(builder::preparedBy);
        editing.setUnsavedPack(() -> builder.dirtyProperty().get() ? builder.pack() : null,
                () -> builder.packFileProperty().get());
        editing.setOnEdited(summary::showEdited);
        editing.setOnSaved(summary::savedTo);
        // the open pack's unsaved changes are kept for recovery too, and forgotten once it is saved
        builder.packProperty().addListener((o, was, now) -> {
            if (builder.dirtyProperty().get()) autosave.later(editing::keepForRecovery);
        });
        builder.dirtyProperty().addListener((o, was, dirty) -> autosave.later(editing::keepForRecovery));
        MainWindow window = new MainWindow(stage, summary, search, countries, records, dashboard, builder, fileDialogs(stage),
                folder -> getHostServices().showDocument(folder.toUri().toString()), settings, home, editing,
                recovery, left.orElse(null), tasks);
        summary.setOnFileOpened((file, path) -> {
            editing.opened(file, path);
            home.opened(file, path);
            window.datasetOpened(path);
        });
        // a pack named on the command line (opened from the file manager) opens once, with the first dataset
        AtomicReference<Path> packAtStart = new AtomicReference<>(
                packToOpen().orElse(null));
        summary.setOnOpened(file -> {
            search.setDataset(file.dataset());
            dashboard.setDataset(file.dataset());
            countries.setDataset(file.dataset());
            records.setDataset(file.dataset());
            builder.setDataset(file);
            home.setDataset(file, LocalDate.now());
            Path pack = packAtStart.getAndSet(null);
            if (pack != null && builder.pack() == null) {
                builder.openPack(pack);
                window.showBuilder();
            }
        });
        // the dataset is read in the background while the window is built; it is shown once both are done
        openAtStart(summary);
        window.setOnBuilt(placement::restoreDividers);
        scene.getStylesheets().add(STYLESHEET_URL.get());
        scene.setRoot(window.build());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = AttacheApp.class.getResource("/org/attache/app/icons/attache-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        placement.restoreDividers(scene.getRoot());
        stage.setOnHiding(e -> placement.save(stage));
        built = true;
    }

    /** Whether the main window has been built (it is, a moment after the window is first painted). */
    boolean isBuilt() {
        return built;
    }

    /** The file choosers; tests replace them. */
    protected FileDialogs fileDialogs(Stage stage) {
        return new FxFileDialogs(() -> stage);
    }

    /** The open dataset's state, for tests that drive the window. */
    SummaryViewModel summary() {
        return summary;
    }

    /** The record tables' state, for tests that drive the window. */
    RecordsViewModel records() {
        return records;
    }

    /** The search's state, for tests that drive the window. */
    SearchViewModel search() {
        return search;
    }

    /** The country browser's state, for tests that drive the window. */
    CountryProfileViewModel countries() {
        return countries;
    }

    /** The dashboard's state, for tests that drive the window. */
    DashboardViewModel dashboard() {
        return dashboard;
    }

    /** The dataset's editing state, for tests that drive the window. */
    DatasetEditingViewModel editing() {
        return editing;
    }

    /** The pack builder's state, for tests that drive the window. */
    PackBuilderViewModel builder() {
        return builder;
    }

    /** The dataset named on the command line, else the one open last time, else the bundled one. */
    private void openAtStart(SummaryViewModel summary) {
        Optional<Path> file = argument(name -> !name.endsWith(Pack.FILE_SUFFIX));
        if (file.isPresent()) summary.open(file.get());
        else if (summary.lastFile() != null) summary.open(summary.lastFile());
        else summary.openBundled();
    }

    /** A pack named on the command line (as when a pack file is opened from the desktop), opened once the dataset is. */
    private Optional<Path> packToOpen() {
        return argument(name -> name.endsWith(Pack.FILE_SUFFIX));
    }

    /** The command line's file names: a dataset, a pack, or both. */
    protected List<String> arguments() {
        return getParameters() == null ? List.of() : getParameters().getUnnamed();
    }

    private Optional<Path> argument(Predicate<String> kind) {
        List<String> args = arguments();
        return args.stream().filter(a -> kind.test(a.toLowerCase(Locale.ROOT))).findFirst().map(Path::of);
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.close();
        if (previews != null) previews.close();
    }
}
