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
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.app.summary.SignatureLabel;
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
    private final Consumer<HomeViewModel.Changes> showChanges;
    private final FlowPane cards = new FlowPane(12, 12);

    public HomeView(HomeViewModel model, ObservableList<Path> recentPacks, ObservableList<Path> recentDatasets,
                    Consumer<Country> newPack, Consumer<Path> openPack, Consumer<Path> openDataset,
                    Consumer<HomeViewModel.Changes> showChanges) {
        this.model = model;
        this.recentPacks = recentPacks;
        this.recentDatasets = recentDatasets;
        this.newPack = newPack;
        this.openPack = openPack;
        this.openDataset = openDataset;
        this.showChanges = showChanges;
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

        Label signature = SignatureLabel.of(model.signatureProperty(), model.signatureWarnsProperty());
        signature.setId("homeSignature");

        cards.setId("homeCards");
        model.glanceProperty().addListener((o, a, g) -> showGlance(g));
        showGlance(model.glanceProperty().get());

        Label changes = new Label();
        changes.setId("homeChanges");
        changes.setWrapText(true);
        changes.textProperty().bind(model.changesProperty());
        changes.getStyleClass().add("notice");
        Hyperlink show = new Hyperlink(UiText.get("home.changes.show"));
        show.setId("homeShowChanges");
        show.visibleProperty().bind(model.comparisonProperty().isNotNull());
        show.managedProperty().bind(show.visibleProperty());
        show.setOnAction(e -> {
            if (model.comparisonProperty().get() != null) showChanges.accept(model.comparisonProperty().get());
        });
        HBox changesRow = new HBox(8, changes, show);
        changesRow.setAlignment(Pos.CENTER_LEFT);
        changesRow.visibleProperty().bind(model.changesProperty().isNotEmpty());
        changesRow.managedProperty().bind(changesRow.visibleProperty());

        VBox content = new VBox(16, new VBox(2, title, source, signature), changesRow, newPackRow(), cards,
                new HBox(32, recent(UiText.get("home.recentPacks"), recentPacks, openPack, UiText.get("home.recentPacks.none")),
                        recent(UiText.get("home.recentDatasets"), recentDatasets, openDataset,
                                UiText.get("home.recentDatasets.none"))));
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
        country.setPromptText(UiText.get("home.newPack.prompt"));
        country.setConverter(Labels.of(c -> UiText.get("home.newPack.country", model.countryChoice(c), c.code())));
        country.setPrefWidth(320);
        country.setAccessibleText(UiText.get("home.newPack.accessible"));
        Button start = new Button(UiText.get("home.newPack.button"));
        start.setId("homeNewPack");
        start.setDefaultButton(false);
        start.disableProperty().bind(country.valueProperty().isNull());
        start.setOnAction(e -> newPack.accept(country.getValue()));
        Label label = new Label(UiText.get("home.newPack.label"));
        label.getStyleClass().add("section-heading");
        HBox row = new HBox(10, label, country, start);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showGlance(CampaignGlance g) {
        cards.getChildren().clear();
        if (g == null) return;
        cards.getChildren().add(card(UiText.get("home.next.heading"),
                g.next().map(a -> session(a.session())).orElse(UiText.get("home.next.none")),
                g.next().map(this::nextDetail).orElse("")));
        for (CampaignGlance.Latest l : g.latest()) {
            String detail = UiText.get("home.latest.at", assembly(l.assembly()));
            if (l.reportedBy() != null) detail = UiText.get("home.latest.countedBy", detail, l.reportedBy());
            if (l.qualified()) detail = UiText.get("home.latest.notFirm", detail);
            cards.getChildren().add(card(model.measureLabel(l), l.value() + " " + model.measureUnit(l), detail));
        }
        cards.getChildren().add(card(UiText.get("home.allies.heading"), Integer.toString(g.allies().size()),
                String.join(UiText.get("home.allies.separator"), g.allies().stream().map(model::countryName).toList())));
    }

    /** "Lyon, 2026; Nov 23, 2026 to Nov 26, 2026", or that its dates are not yet known. */
    private String nextDetail(Assembly a) {
        String year = String.valueOf(a.year());
        String place = a.city() == null ? UiText.get("home.next.year", year) : UiText.get("home.next.place", model.city(a), year);
        String dates = a.startDate() != null && a.startDate().isComplete()
                ? UiText.get("home.next.dates", HomeViewModel.date(a.startDate()),
                HomeViewModel.date(a.endDate() == null ? a.startDate() : a.endDate()))
                : UiText.get("home.next.undated");
        return UiText.get("home.next.detail", place, dates);
    }

    /**
     * A session of the General Assembly: the core's "94th" in English, "第94屆" in Chinese (an ordinal is made in
     * code, so the Chinese pattern takes the plain number).
     */
    private static String session(int n) {
        return UiText.get("home.session", UiText.language() == UiLanguage.ENGLISH ? Assembly.ordinal(n) : String.valueOf(n));
    }

    /** An assembly as the core's {@link Assembly#label()} names it in English ("94th General Assembly, Lyon, 2026"). */
    private String assembly(Assembly a) {
        String year = String.valueOf(a.year());
        return a.held() ? UiText.get("home.assembly", session(a.session()), model.city(a), year)
                : UiText.get("home.assembly.none", year);
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
