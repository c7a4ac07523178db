package org.attache.app.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.attache.app.common.Icons;
import org.attache.app.common.Labels;
import org.attache.app.common.UiText;
import org.attache.app.common.WrappingCell;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Region;
import org.attache.core.search.RecordType;

/** Tables of assemblies, actions, facts and sources; they sort by any column, and open a record's details. */
public final class RecordsView {
    private final RecordsViewModel model;
    private final BiConsumer<RecordType, String> open;

    /** {@code open} shows a record's details, given its type and id. */
    /** Starts a new pack for the country of a row ("New Pack for Latvia"), given its code. */
    private Consumer<String> newPack = code -> { };

    public RecordsView newPackWith(Consumer<String> action) {
        this.newPack = action;
        return this;
    }

    public RecordsView(RecordsViewModel model, BiConsumer<RecordType, String> open) {
        this.model = model;
        this.open = open;
    }

    private TabPane tabs;
    private TableView<RecordsViewModel.ActionRow> actionTable;
    private TableView<RecordsViewModel.AssemblyRow> assemblyTable;
    private TableView<RecordsViewModel.FactRow> factTable;
    private TableView<RecordsViewModel.SourceRow> sourceTable;

    /**
     * Brings a record into view where it lives: its tab, its row selected and scrolled to; filters that hide it are
     * cleared. Countries, measures, organisations and articles live elsewhere: nothing happens for them.
     */
    public void reveal(RecordType type, String id) {
        switch (type) {
            case ACTION -> select(0, actionTable, r -> r.id().equals(id));
            case ASSEMBLY -> select(1, assemblyTable, r -> r.id().equals(id));
            case FACT, ASK, TALKING_POINT -> select(2, factTable, r -> r.type() == type && r.id().equals(id));
            case SOURCE -> select(3, sourceTable, r -> r.id().equals(id));
            default -> { }
        }
    }

    private <R> void select(int tab, TableView<R> table, Predicate<R> row) {
        tabs.getSelectionModel().select(tab);
        if (table.getItems().stream().noneMatch(row)) model.clearFilters();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (row.test(table.getItems().get(i))) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    public Parent build() {
        assemblyTable = table("assemblyTable", model.assemblies(), r -> open.accept(RecordType.ASSEMBLY, r.id()),
                        col(UiText.get("browse.assemblies.session"), RecordsViewModel.AssemblyRow::session, 90),
                        col(UiText.get("browse.assemblies.year"), RecordsViewModel.AssemblyRow::year, 70),
                        col(UiText.get("browse.assemblies.place"), RecordsViewModel.AssemblyRow::place, 280),
                        col(UiText.get("browse.assemblies.dates"), RecordsViewModel.AssemblyRow::dates, 220));
        sourceTable = table("sourceTable", model.sources(), r -> open.accept(RecordType.SOURCE, r.id()),
                col(UiText.get("browse.sources.title"), RecordsViewModel.SourceRow::title, 420),
                col(UiText.get("browse.sources.publisher"), RecordsViewModel.SourceRow::publisher, 200),
                col(UiText.get("browse.sources.date"), RecordsViewModel.SourceRow::date, 100),
                col(UiText.get("browse.sources.address"), RecordsViewModel.SourceRow::address, 300));
        tabs = new TabPane(new Tab(UiText.get("browse.tab.actions"), actions()),
                new Tab(UiText.get("browse.tab.assemblies"), assemblyTable),
                new Tab(UiText.get("browse.tab.facts"), facts()),
                new Tab(UiText.get("browse.tab.sources"), sourceTable));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("recordTabs");
        return tabs;
    }

    private Node actions() {
        ComboBox<Assembly> assembly = filter("filterAssembly", UiText.get("browse.filter.allAssemblies"),
                model.assemblyChoices(), Assembly::label);
        assembly.valueProperty().bindBidirectional(model.assemblyFilterProperty());
        ComboBox<ActionKind> kind = filter("filterKind", UiText.get("browse.filter.allKinds"),
                FXCollections.observableArrayList(ActionKind.values()), k -> UiText.label(k, k.label()));
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        ComboBox<Region> region = filter("filterRegion", UiText.get("browse.filter.allRegions"),
                FXCollections.observableArrayList(Region.values()), r -> UiText.label(r, r.label()));
        region.valueProperty().bindBidirectional(model.regionFilterProperty());
        ComboBox<RecordsViewModel.AllyFilter> ally = filter("filterAlly", UiText.get("browse.filter.alliesAndOthers"),
                FXCollections.observableArrayList(RecordsViewModel.AllyFilter.values()),
                a -> a == RecordsViewModel.AllyFilter.ALLIES ? UiText.get("browse.filter.allies")
                        : UiText.get("browse.filter.notAllies"));
        ally.valueProperty().bindBidirectional(model.allyFilterProperty());
        Label count = new Label();
        count.setId("actionCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("browse.actions.count", String.valueOf(model.actions().size())), model.actions()));
        HBox filters = new HBox(8, assembly, kind, region, ally, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        TableView<RecordsViewModel.ActionRow> table = table("actionTable", model.actions(),
                r -> open.accept(RecordType.ACTION, r.id()),
                col(UiText.get("browse.actions.who"), RecordsViewModel.ActionRow::who, 170),
                col(UiText.get("browse.actions.assembly"), RecordsViewModel.ActionRow::assemblyLabel, 230),
                col(UiText.get("browse.actions.date"), RecordsViewModel.ActionRow::date, 90),
                col(UiText.get("browse.actions.kind"), r -> UiText.label(r.kind(), r.kind().label()), 130),
                col(UiText.get("browse.actions.actor"), RecordsViewModel.ActionRow::actor, 180),
                col(UiText.get("browse.actions.counted"),
                        r -> r.counted() ? UiText.get("browse.yes") : UiText.get("browse.no"), 70),
                col(UiText.get("browse.actions.caveats"), RecordsViewModel.ActionRow::caveats, 190),
                col(UiText.get("browse.actions.summary"), RecordsViewModel.ActionRow::summary, 400));
        table.setRowFactory(t -> {
            TableRow<RecordsViewModel.ActionRow> row = new TableRow<>();
            MenuItem start = new MenuItem();
            start.setOnAction(e -> newPack.accept(row.getItem().country()));
            ContextMenu menu = new ContextMenu(start);
            row.itemProperty().addListener((o, a, item) -> {
                boolean country = item != null && item.country() != null;
                row.setContextMenu(country ? menu : null);
                if (country) start.setText(UiText.get("browse.newPackFor", item.who()));
            });
            return row;
        });
        actionTable = table;
        return padded(filters, table);
    }

    private Node facts() {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("filterFactKind");
        kind.setPromptText(UiText.get("browse.filter.allKinds"));
        kind.setAccessibleText(UiText.get("browse.filter.factKind"));
        kind.setOnShowing(e -> {
            if (kind.getItems().isEmpty()) {
                kind.getItems().add(null);
                kind.getItems().addAll(model.factKinds());
            }
        });
        kind.setConverter(Labels.of(s -> s));
        kind.valueProperty().bindBidirectional(model.factKindFilterProperty());
        TableView<RecordsViewModel.FactRow> table = table("factTable", model.facts(), r -> open.accept(r.type(), r.id()),
                col(UiText.get("browse.facts.kind"), RecordsViewModel.FactRow::kind, 110),
                col(UiText.get("browse.facts.title"), RecordsViewModel.FactRow::title, 300),
                col(UiText.get("browse.facts.statement"), RecordsViewModel.FactRow::text, 640));
        factTable = table;
        return padded(new HBox(8, kind), table);
    }

    private static Node padded(Node top, Node table) {
        VBox box = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static <T> ComboBox<T> filter(String id, String all, ObservableList<T> items, Function<T, String> label) {
        ObservableList<T> withAll = FXCollections.observableArrayList();
        withAll.add(null);
        withAll.addAll(items);
        ComboBox<T> box = new ComboBox<>(withAll);
        items.addListener((ListChangeListener<T>) c -> {
            // new choices (a reload) keep what was chosen when it is still there, "all" otherwise
            T chosen = box.getValue();
            List<T> next = new ArrayList<>();
            next.add(null);
            next.addAll(items);
            withAll.setAll(next);
            box.setValue(next.contains(chosen) ? chosen : null);
        });
        box.setId(id);
        box.setPromptText(all);
        box.setAccessibleText(all);
        StringConverter<T> converter = Labels.of(label);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : converter.toString(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    @SafeVarargs
    private <R> TableView<R> table(String id, ObservableList<R> rows, Consumer<R> open,
                                          TableColumn<R, ?>... columns) {
        SortedList<R> sorted = new SortedList<>(rows);
        TableView<R> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(id);
        table.getColumns().addAll(columns);
        // the columns share the width the window has, in proportion; long text wraps rather than runs off
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (TableColumn<R, ?> c : columns) WrappingCell.wrap(c);
        // an empty table says why and offers the way out
        Label why = new Label(UiText.get("browse.table.empty"));
        Button clear = new Button(UiText.get("browse.clearFilters"),
                Icons.CLEAR_FILTERS.icon());
        clear.setOnAction(e -> model.clearFilters());
        VBox empty = new VBox(8, why, clear);
        empty.setAlignment(Pos.CENTER);
        table.setPlaceholder(empty);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private static <R, V> TableColumn<R, V> col(String name, Function<R, V> value, double width) {
        TableColumn<R, V> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        // a narrow column keeps its word and its heading whole ("yes", "2016-03-18"); wide ones give way first
        c.setMinWidth(Math.min(width, 90));
        return c;
    }
}
