package org.attache.app.home;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.attache.app.common.Labels;
import org.attache.core.analysis.CampaignGlance;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.controlsfx.control.SearchableComboBox;

/**
 * The first screen: the campaign at a glance (next Assembly, each series' latest value, the allies), "New pack
 * for…", the packs and datasets opened lately, and what changed in the dataset.
 */
public final class HomeView {
    private final HomeViewModel model;
    private final ObservableList<Path> recentPacks;
    private final ObservableList<Path> recentDatasets;
    private final Consumer<Country> newPack;
    private final Consumer<Path> openPack;
    private final Consumer<Path> openDataset;
    private final FlowPane cards = new FlowPane(12, 12);

    public HomeView(HomeViewModel model, ObservableList<Path> recentPacks, ObservableList<Path> recentDatasets,
                    Consumer<Country> newPack, Consumer<Path> openPack, Consumer<Path> openDataset) {
        this.model = model;
        this.recentPacks = recentPacks;
        this.recentDatasets = recentDatasets;
        this.newPack = newPack;
        this.openPack = openPack;
        this.openDataset = openDataset;
    }

    public Parent build() {
        Label title = new Label();
        title.setId("homeTitle");
        title.getStyleClass().add("title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label source = new Label();
        source.getStyleClass().add("subtitle");
        source.textProperty().bind(model.sourceProperty());

        cards.setId("homeCards");
        model.glanceProperty().addListener((o, a, g) -> showGlance(g));
        showGlance(model.glanceProperty().get());

        Label changes = new Label();
        changes.setId("homeChanges");
        changes.setWrapText(true);
        changes.textProperty().bind(model.changesProperty());
        changes.visibleProperty().bind(model.changesProperty().isNotEmpty());
        changes.managedProperty().bind(changes.visibleProperty());
        changes.getStyleClass().add("notice");

        VBox content = new VBox(16, new VBox(2, title, source), changes, newPackRow(), cards,
                new HBox(32, recent("Recent packs", recentPacks, openPack, "No pack saved or opened yet."),
                        recent("Recent datasets", recentDatasets, openDataset, "Only the bundled dataset so far.")));
        content.setPadding(new Insets(20, 24, 24, 24));
        content.getStyleClass().add("home");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("home");
        return scroll;
    }

    private Node newPackRow() {
        SearchableComboBox<Country> country = new SearchableComboBox<>(model.countries());
        country.setId("homeCountry");
        country.setPromptText("Choose a country");
        country.setConverter(Labels.of(c -> c.name() + " (" + c.code() + ")"));
        country.setPrefWidth(320);
        country.setAccessibleText("Country of the new pack");
        Button start = new Button("New Pack");
        start.setId("homeNewPack");
        start.setDefaultButton(false);
        start.disableProperty().bind(country.valueProperty().isNull());
        start.setOnAction(e -> newPack.accept(country.getValue()));
        Label label = new Label("New pack for");
        label.getStyleClass().add("section-heading");
        HBox row = new HBox(10, label, country, start);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showGlance(CampaignGlance g) {
        cards.getChildren().clear();
        if (g == null) return;
        cards.getChildren().add(card("Next General Assembly",
                g.next().map(a -> Assembly.ordinal(a.session())).orElse("None in the dataset"),
                g.next().map(a -> (a.city() == null ? "" : a.city() + ", ") + a.year() + "; "
                        + (a.startDate() != null && a.startDate().isComplete()
                        ? a.startDate() + " to " + (a.endDate() == null ? a.startDate() : a.endDate())
                        : "dates not yet announced")).orElse("")));
        for (CampaignGlance.Latest l : g.latest()) {
            cards.getChildren().add(card(l.measure(), l.value() + " " + l.unit(),
                    "at the " + l.assembly().label() + (l.reportedBy() == null ? "" : "; counted by " + l.reportedBy())
                            + (l.qualified() ? "; not firmly established" : "")));
        }
        cards.getChildren().add(card("Diplomatic allies", Integer.toString(g.allies().size()),
                String.join(", ", g.allies().stream().map(Country::name).toList())));
    }

    private static Node card(String heading, String figure, String detail) {
        Label h = new Label(heading);
        h.getStyleClass().add("subtitle");
        h.setWrapText(true);
        Label f = new Label(figure);
        f.getStyleClass().add("home-figure");
        f.setWrapText(true);
        Label d = new Label(detail);
        d.setWrapText(true);
        VBox card = new VBox(4, h, f, d);
        card.getStyleClass().add("home-card");
        card.setPrefWidth(260);
        card.setMinHeight(120);
        return card;
    }

    private static Node recent(String heading, ObservableList<Path> files, Consumer<Path> open, String none) {
        Label h = new Label(heading);
        h.getStyleClass().add("section-heading");
        VBox list = new VBox(2);
        Runnable fill = () -> {
            list.getChildren().clear();
            if (files.isEmpty()) {
                Label empty = new Label(none);
                empty.getStyleClass().add("subtitle");
                list.getChildren().add(empty);
            }
            for (Path p : files) {
                Hyperlink link = new Hyperlink(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
                link.setOnAction(e -> open.accept(p));
                list.getChildren().add(link);
            }
        };
        files.addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        VBox box = new VBox(6, h, list);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
