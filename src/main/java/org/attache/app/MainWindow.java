package org.attache.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.attache.app.batch.BatchExportDialog;
import org.attache.app.batch.BatchExportViewModel;
import org.attache.app.browse.CountryProfileView;
import org.attache.app.browse.CountryProfileViewModel;
import org.attache.app.browse.RecordsView;
import org.attache.app.browse.RecordsViewModel;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.Notices;
import org.attache.app.common.SaveFirst;
import org.attache.app.common.Settings;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.app.dashboard.DashboardView;
import org.attache.app.dashboard.DashboardViewModel;
import org.attache.app.editing.DatasetEditingViewModel;
import org.attache.app.editing.DatasetCommands;
import org.attache.app.editing.EditorView;
import org.attache.app.editing.RecoveryNotice;
import org.attache.app.home.HomeView;
import org.attache.app.home.HomeViewModel;
import org.attache.app.pack.PackBuilderView;
import org.attache.app.pack.PackBuilderViewModel;
import org.attache.app.pack.PackCommands;
import org.attache.app.search.RecordDetailsView;
import org.attache.app.search.SearchBar;
import org.attache.app.search.SearchViewModel;
import org.attache.app.summary.SummaryView;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.edit.Recovery;
import org.attache.core.export.DatasetFile;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.pack.Pack;
import org.attache.core.search.RecordType;
import org.attache.core.search.SearchHit;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;

/** The main window: menus, the dataset and pack builder tabs, and a status bar. */
final class MainWindow {
    private final Stage stage;
    private final SummaryViewModel summary;
    private final DashboardViewModel dashboard;
    private final CountryProfileViewModel countries;
    private final RecordsViewModel records;
    private final SearchViewModel search;
    private SearchBar searchBar;
    private RecordDetailsView details;
    private Tab countriesTab;
    private Consumer<Parent> onBuilt = content -> { };
    private final PackBuilderViewModel builder;
    private final FileDialogs dialogs;
    private final PackCommands packs;
    private final Consumer<Path> openFolder;
    private final TabPane tabs = new TabPane();
    private Tab recordsTab;
    private Tab growthTab;
    private RecordsView recordsView;
    private final Settings settings;
    private final HomeViewModel home;
    private ChangeListener<Boolean> reloadOnFocus;
    private Tab builderTab;
    private final DatasetEditingViewModel editing;
    private final DatasetCommands datasets;
    private final RecoveryNotice recoveryNotice;
    private final Recovery.Left left;
    private final VBox notices = new VBox();
    private final DatasetWindows windows;

    MainWindow(Stage stage, SummaryViewModel summary, SearchViewModel search, CountryProfileViewModel countries,
               RecordsViewModel records, DashboardViewModel dashboard, PackBuilderViewModel builder, FileDialogs dialogs,
               Consumer<Path> openFolder, Settings settings,
               HomeViewModel home, DatasetEditingViewModel editing, Recovery recovery, Recovery.Left left,
               TaskRunner tasks) {
        this.editing = editing;
        this.left = left;
        this.stage = stage;
        this.home = home;
        this.settings = settings;
        this.summary = summary;
        this.search = search;
        this.records = records;
        this.countries = countries;
        this.dashboard = dashboard;
        this.builder = builder;
        this.dialogs = dialogs;
        this.packs = new PackCommands(builder, dialogs, stage, openFolder);
        this.datasets = new DatasetCommands(editing, summary, dialogs, stage);
        this.recoveryNotice = new RecoveryNotice(recovery, editing, summary, builder, this::showBuilder);
        // the signature is checked again by reading the file again, which unsaved edits would be lost to
        this.windows = new DatasetWindows(stage, dialogs, tasks, builder.datasetProperty()::get, () -> {
            if (!editing.modifiedProperty().get()) summary.reload();
        });
        this.openFolder = openFolder;
    }

    Parent build() {
        Tab datasetTab = lazyTab(UiText.get("main.tab.dataset"), () -> new SummaryView(summary).build());
        datasetTab.setId("datasetTab");
        builderTab = lazyTab(UiText.get("main.tab.builder"), () -> new PackBuilderView(builder, dialogs).build());
        builderTab.setId("builderTab");
        growthTab = lazyTab(UiText.get("main.tab.growth"), () -> new DashboardView(dashboard).build());
        growthTab.setId("growthTab");
        countriesTab = lazyTab(UiText.get("main.tab.countries"), () -> new CountryProfileView(countries).newPackWith(this::newPackFor).build());
        countriesTab.setId("countriesTab");
        recordsTab = lazyTab(UiText.get("main.tab.records"), () -> {
            recordsView = new RecordsView(records, this::openRecord)
                    .newPackWith(code -> summaryDataset().flatMap(d -> d.country(code)).ifPresent(this::newPackFor));
            return recordsView.build();
        });
        Tab editTab = lazyTab(UiText.get("main.tab.edit"), () -> new EditorView(editing, AttacheApp.STYLESHEET_URL.get()).build());
        editTab.setId("editTab");
        Tab homeTab = new Tab(UiText.get("main.tab.home"), new HomeView(home, builder.recentPacks(), summary.recent(), this::newPackFor,
                this::openPackFile, p -> {
                    if (confirmDiscardDataset()) summary.open(p);
                }, windows::showChanges).build());
        homeTab.setId("homeTab");
        recordsTab.setId("recordsTab");
        tabs.getTabs().addAll(homeTab, countriesTab, recordsTab, growthTab, builderTab, datasetTab, editTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.progressProperty().bind(Bindings.when(summary.loadingProperty()).then(-1.0).otherwise(0.0));
        status.textProperty().bind(Bindings.when(tabs.getSelectionModel().selectedItemProperty().isEqualTo(builderTab))
                .then(builder.messageProperty()).otherwise(summary.statusLineProperty()));

        searchBar = new SearchBar(search, this::open);
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar toolbar = new ToolBar(gap, searchBar.build());
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(menus(), toolbar, notices));
        root.setBottom(status);

        stage.titleProperty().bind(Bindings.createStringBinding(this::title, builder.packFileProperty(),
                builder.dirtyProperty(), builder.packProperty(), editing.modifiedProperty(), summary.datasetNameProperty()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else endCleanly();
        });
        summary.setOnUnreadable(this::cannotOpen);
        reloadOnFocus = (o, was, focused) -> {
            if (!focused) return;
            if (editing.modifiedProperty().get()) {
                // never read the file again over edits: saving will find the change and offer to compare
                return;
            }
            if (summary.reloadIfChanged()) {
                Notices.show(Notifications.create().title(UiText.get("main.reloaded.title"))
                        .text(UiText.get("main.reloaded.text", String.valueOf(summary.file().getFileName()))), stage);
            }
        };
        // held weakly by the stage: a window given another scene lets go of this one and all it shows
        stage.focusedProperty().addListener(new WeakChangeListener<>(reloadOnFocus));
        acceptDroppedFiles(root);
        recoveryNotice.offer(left).ifPresent(notices.getChildren()::add);
        return root;
    }

    /** Called when a dataset file is opened: edits waiting for that file are put back over it. */
    void datasetOpened(Path path) {
        recoveryNotice.datasetOpened(path);
    }

    /** The window closes after the user settled every unsaved change: nothing is left to recover. */
    private void endCleanly() {
        editing.keepForRecovery();
    }

    /** Starts a new pack for a country, from anywhere ("New Pack for …"), after asking about unsaved changes. */
    private void newPackFor(Country country) {
        if (!confirmDiscardPack()) return;
        builder.newPack(country);
        showBuilder();
    }

    private void openPackFile(Path file) {
        if (!confirmDiscardPack()) return;
        builder.openPack(file);
        showBuilder();
    }

    private Optional<Dataset> summaryDataset() {
        return Optional.ofNullable(builder.datasetProperty().get()).map(f -> f.dataset());
    }

    /** Brings the pack builder to the front, as when a pack is opened. */
    void showBuilder() {
        tabs.getSelectionModel().select(builderTab);
    }

    /** A tab whose content is built the first time it is shown, so the window opens quickly. */
    private Tab lazyTab(String title, Supplier<Parent> content) {
        Tab tab = new Tab(title);
        Runnable build = () -> {
            if (tab.getContent() == null) {
                Parent built = content.get();
                tab.setContent(built);
                onBuilt.accept(built);
            }
        };
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) build.run();
        });
        if (tab.isSelected()) build.run();
        return tab;
    }

    /** Called with each tab's content once it is built, e.g. to restore its split positions. */
    void setOnBuilt(Consumer<Parent> listener) {
        this.onBuilt = listener;
    }

    /** "• LV.attache.json — Attaché"; with unsaved dataset edits, "• campaign.json (edited) — Attaché" too. */
    private String title() {
        Pack pack = builder.pack();
        Path file = builder.packFileProperty().get();
        String name = file != null ? file.getFileName().toString()
                : pack != null ? UiText.get("main.title.newPack") : null;
        boolean datasetEdited = editing.modifiedProperty().get();
        String dataset = null;
        if (datasetEdited) {
            String d = summary.datasetNameProperty().get();
            // "campaign.json (bundled)" becomes "campaign.json (bundled, edited)", whichever bracket closes it
            dataset = d.endsWith(")") || d.endsWith("\uff09")
                    ? UiText.get("main.title.datasetEditedInBrackets", d.substring(0, d.length() - 1),
                            d.substring(d.length() - 1))
                    : UiText.get("main.title.datasetEdited", d);
        }
        String parts = name != null && dataset != null ? UiText.get("main.title.packAndDataset", name, dataset)
                : name != null ? name : dataset;
        if (parts == null) return UiText.get("main.title");
        boolean unsaved = datasetEdited || builder.dirtyProperty().get();
        return (unsaved ? "\u2022 " : "") + UiText.get("main.title.withFiles", parts);
    }

    private MenuBar menus() {
        MenuItem openDataset = item(UiText.get("main.menu.openDataset"), "Shortcut+O", () -> {
            if (confirmDiscardDataset()) openDataset();
        });
        MenuItem saveDataset = item(UiText.get("main.menu.saveDataset"), "Shortcut+Alt+S", datasets::save);
        saveDataset.setId("menuSaveDataset");
        saveDataset.disableProperty().bind(editing.modifiedProperty().not());
        MenuItem saveDatasetAs = item(UiText.get("main.menu.saveDatasetAs"), null, datasets::saveAs);
        saveDatasetAs.setId("menuSaveDatasetAs");
        Menu recent = new Menu(UiText.get("main.menu.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem reload = item(UiText.get("main.menu.reload"), "F5", () -> {
            if (confirmDiscardDataset()) summary.reload();
        });
        MenuItem bundled = item(UiText.get("main.menu.bundled"), null, () -> {
            if (confirmDiscardDataset()) summary.openBundled();
        });
        bundled.setId("menuBundled");
        MenuItem compare = item(UiText.get("main.menu.compare"), null, windows::compare);
        compare.setId("menuCompare");
        compare.disableProperty().bind(builder.datasetProperty().isNull());
        MenuItem trustedKeys = item(UiText.get("main.menu.trustedKeys"), null, windows::trustedKeys);
        trustedKeys.setId("menuTrustedKeys");
        MenuItem openPack = item(UiText.get("main.menu.openPack"), "Shortcut+Shift+O", () -> {
            if (confirmDiscardPack()) packs.open().ifPresent(p -> tabs.getSelectionModel().select(builderTab));
        });
        MenuItem save = item(UiText.get("main.menu.savePack"), "Shortcut+S", packs::save);
        MenuItem saveAs = item(UiText.get("main.menu.savePackAs"), "Shortcut+Shift+S", packs::saveAs);
        MenuItem export = item(UiText.get("main.menu.exportPdf"), "Shortcut+E", packs::export);
        MenuItem card = item(UiText.get("main.menu.exportCard"), "Shortcut+Alt+C", packs::exportCard);
        MenuItem leaveBehind = item(UiText.get("main.menu.exportLeaveBehind"), "Shortcut+Alt+E", packs::exportLeaveBehind);
        MenuItem print = item(UiText.get("main.menu.print"), "Shortcut+P", packs::print);
        MenuItem batch = item(UiText.get("main.menu.batch"), "Shortcut+Shift+E", this::batchExport);
        batch.disableProperty().bind(builder.datasetProperty().isNull());
        MenuItem quit = item(UiText.get("main.menu.quit"), "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                endCleanly();
                stage.close();
            }
        });
        for (MenuItem needsPack : new MenuItem[] {save, saveAs, export, card, leaveBehind, print}) {
            needsPack.disableProperty().bind(builder.packProperty().isNull().or(builder.busyProperty()));
        }
        save.setId("menuSave");
        export.setId("menuExport");
        Menu file = new Menu(UiText.get("main.menu.file"), null, openDataset, recent, bundled, reload, compare,
                saveDataset, saveDatasetAs, trustedKeys, new SeparatorMenuItem(), openPack, save, saveAs,
                new SeparatorMenuItem(), export, card, leaveBehind, print, batch, new SeparatorMenuItem(), quit);
        MenuItem undo = item(UiText.get("main.menu.undo"), "Shortcut+Z", editing::undo);
        undo.setId("menuUndo");
        undo.textProperty().bind(editing.undoTextProperty());
        undo.disableProperty().bind(editing.canUndoProperty().not());
        MenuItem redo = item(UiText.get("main.menu.redo"), "Shortcut+Shift+Z", editing::redo);
        redo.setId("menuRedo");
        redo.textProperty().bind(editing.redoTextProperty());
        redo.disableProperty().bind(editing.canRedoProperty().not());
        Menu edit = new Menu(UiText.get("main.menu.edit"), null, undo, redo, new SeparatorMenuItem(),
                item(UiText.get("main.menu.find"), "Shortcut+F", () -> searchBar.focus()));
        ViewAndHelpMenus others = new ViewAndHelpMenus(stage, settings);
        MenuBar bar = new MenuBar(file, edit, others.view(), others.help(file, edit));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void openDataset() {
        dialogs.open(UiText.get("main.openDataset.title"), UiText.get("main.openDataset.filter"), "*.json").ifPresent(summary::open);
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path p : summary.recent()) {
            MenuItem item = new MenuItem(UiText.get("main.recent.item", String.valueOf(p.getFileName()),
                    String.valueOf(p.getParent())));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscardDataset()) summary.open(p);
            });
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(UiText.get("main.recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    /** A dataset or a pack dropped on the window opens, as from the File menu. */
    private void acceptDroppedFiles(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            for (File f : e.getDragboard().getFiles()) {
                Path p = f.toPath();
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Pack.FILE_SUFFIX)) {
                    if (confirmDiscardPack()) {
                        builder.openPack(p);
                        tabs.getSelectionModel().select(builderTab);
                    }
                } else if (confirmDiscardDataset()) {
                    summary.open(p);
                }
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void cannotOpen(String why) {
        Alert alert = new Alert(Alert.AlertType.ERROR, why);
        alert.initOwner(stage);
        alert.setHeaderText(UiText.get("main.cannotOpen.header"));
        alert.show();
    }

    /**
     * Opens a search result where it lives: a country in its profile, a measure in Support growth, a record of the
     * tables selected in its table (and its details beside it); anything else in the details window.
     */
    private void open(SearchHit hit) {
        switch (hit.type()) {
            case MEASURE -> {
                tabs.getSelectionModel().select(growthTab);
                dashboard.select(hit.id());
            }
            case ACTION, ASSEMBLY, FACT, ASK, TALKING_POINT, SOURCE -> {
                tabs.getSelectionModel().select(recordsTab);
                if (recordsView != null) recordsView.reveal(hit.type(), hit.id());
                openRecord(hit.type(), hit.id());
            }
            default -> openRecord(hit.type(), hit.id());
        }
    }

    /** Shows a record: a country in its profile, anything else in a details window. */
    private void openRecord(RecordType type, String id) {
        if (type == RecordType.COUNTRY) {
            tabs.getSelectionModel().select(countriesTab);
            countries.select(id);
            return;
        }
        search.details(type, id).ifPresent(d -> {
            if (details == null) details = new RecordDetailsView(search, stage, AttacheApp.STYLESHEET_URL.get());
            details.show(d);
        });
    }

    /** Opens the batch window; it works on the dataset and pack open now, on threads of its own. */
    private void batchExport() {
        DatasetFile dataset = builder.datasetProperty().get();
        if (dataset == null) return;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attache-batch-control");
            t.setDaemon(true);
            return t;
        });
        BatchExportViewModel model = new BatchExportViewModel(dataset, builder.pack(), Platform::runLater, worker, settings);
        model.setPreparedBy(builder.preparedBy());
        Stage window = new BatchExportDialog(model, dialogs, openFolder).show(stage, AttacheApp.STYLESHEET_URL.get());
        window.setOnHidden(e -> worker.shutdown());
    }

    /** Asks before unsaved dataset edits or pack changes are dropped (closing, quitting); true to go on. */
    private boolean confirmDiscard() {
        return confirmDiscardDataset() && confirmDiscardPack();
    }

    private boolean confirmDiscardDataset() {
        return datasets.confirmDiscard();
    }

    /** Asks before unsaved pack changes are dropped; true when it is fine to go on. */
    private boolean confirmDiscardPack() {
        if (!builder.dirtyProperty().get()) return true;
        SaveFirst.Answer answer = SaveFirst.ask(stage, UiText.get("main.savePackFirst.header"),
                UiText.get("main.savePackFirst.text"), null);
        if (answer == SaveFirst.Answer.CANCEL) return false;
        return answer == SaveFirst.Answer.DISCARD || packs.saveNow();
    }


}
