package org.attache.app.dashboard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.UiText;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.SeriesPoint;
import org.attache.core.analysis.SupportSeries;
import org.attache.core.chart.ChartDefinitions;
import org.attache.core.chart.ChartSpec;
import org.attache.core.document.CaveatWords;
import org.attache.core.model.Dataset;
import org.attache.core.model.Source;

/** The support growth dashboard: every measure with values, the one chosen, its chart and its values. */
public final class DashboardViewModel {
    /** The measure shown first: the diplomatic allies speaking up, reported year after year. */
    public static final String FIRST_MEASURE = "allies-voicing-support";

    /**
     * One assembly year of the chosen measure, as the table lists it: {@code counts} says what the figure counts
     * when the reporting body counted something else that year, {@code caveats} its marks.
     */
    public record Row(String assembly, String value, String counts, String reportedBy, String caveats, String sources) {
    }

    private Dataset dataset;
    private final ObservableList<SupportSeries> measures = FXCollections.observableArrayList();
    private final ObjectProperty<SupportSeries> selected = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public DashboardViewModel() {
        selected.addListener((o, a, series) -> rows.setAll(series == null ? List.of() : rows(series)));
    }

    public ObservableList<SupportSeries> measures() { return measures; }
    public ObjectProperty<SupportSeries> selectedProperty() { return selected; }
    public ObservableList<Row> rows() { return rows; }

    public void setDataset(Dataset dataset) {
        this.dataset = dataset;
        measures.setAll(SupportSeries.worldwide(dataset));
        String keep = selected.get() == null ? FIRST_MEASURE : selected.get().measure().id();
        selected.set(measures.stream().filter(s -> s.measure().id().equals(keep)).findFirst()
                .orElse(measures.isEmpty() ? null : measures.get(0)));
    }

    /** Shows the series of one measure, by its id (a search result); nothing changes for an unknown id. */
    public void select(String measureId) {
        measures.stream().filter(s -> s.measure().id().equals(measureId)).findFirst().ifPresent(selected::set);
    }

    /** The chosen measure's chart, from the same definition the PDF draws. */
    public ChartSpec chart() {
        return selected.get() == null ? null : ChartDefinitions.growth(selected.get(), UiText.chartWords());
    }

    /** "Taipei Times, “Report on …”, 2018-12-14" for a tooltip or a table. */
    public String sourceTitle(String id) {
        return dataset == null ? id : dataset.source(id).map(Source::citation).orElse(id);
    }

    private List<Row> rows(SupportSeries series) {
        // the caveats' marks in the app's language, chosen when the rows are made: the language is set before any are
        CaveatWords caveats = UiText.caveatWords();
        return series.points().stream().map(p -> new Row(p.assembly().label(), value(p),
                p.hasValue() && p.tally().definition() != null ? p.tally().definition() : "",
                p.hasValue() && p.tally().reportedBy() != null ? p.tally().reportedBy() : "",
                p.hasValue() ? caveats.marks(Caveat.of(p.tally())) : "",
                p.sources().stream().map(this::sourceTitle)
                        .reduce((a, b) -> UiText.get("dashboard.sourceList", a, b)).orElse(""))).toList();
    }

    private static String value(SeriesPoint p) {
        if (!p.assembly().held()) return UiText.get("dashboard.noSession");
        // the core writes "no data" for a year without a figure; that is the app's word, in its language
        return p.hasValue() ? p.displayValue() : UiText.get("dashboard.noData");
    }
}
