package org.attache.app.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.document.CaveatWords;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Assembly;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.Region;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.search.RecordType;

/**
 * The dataset's records as tables: assemblies, actions of support (filtered by assembly, kind, region and ally
 * status), facts with the asks and talking points, and sources.
 */
public final class RecordsViewModel {
    public record AssemblyRow(String id, String session, int year, String place, String dates) {
    }

    /** One action; {@code caveats} holds its marks ("reported by MOFA") and {@code counted} the counting rule's verdict. */
    /** {@code country} is the code of the country the act is filed under, or null for an organisation's. */
    public record ActionRow(String id, String who, Region region, boolean ally, Assembly assembly, String date,
                            ActionKind kind, String actor, String summary, String caveats, boolean counted,
                            String country) {
        public String assemblyLabel() {
            return assembly == null ? "" : assembly.label();
        }
    }

    /** A fact, an ask or a talking point: {@code kind} says which ("Capability", "Case", "Ask", ...). */
    public record FactRow(RecordType type, String id, String kind, String title, String text) {
    }

    public record SourceRow(String id, String title, String publisher, String date, String address) {
    }

    /** "Allies", "Not allies", or null for both. */
    public enum AllyFilter { ALLIES, NOT_ALLIES }

    private final ObservableList<AssemblyRow> assemblies = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> allActions = FXCollections.observableArrayList();
    private final FilteredList<ActionRow> actions = new FilteredList<>(allActions);
    private final ObservableList<FactRow> allFacts = FXCollections.observableArrayList();
    private final FilteredList<FactRow> facts = new FilteredList<>(allFacts);
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<Assembly> assemblyChoices = FXCollections.observableArrayList();

    private final ObjectProperty<Assembly> assembly = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<AllyFilter> ally = new SimpleObjectProperty<>();
    private final StringProperty factKind = new SimpleStringProperty();

    public RecordsViewModel() {
        assembly.addListener((o, a, b) -> filterActions());
        kind.addListener((o, a, b) -> filterActions());
        region.addListener((o, a, b) -> filterActions());
        ally.addListener((o, a, b) -> filterActions());
        factKind.addListener((o, a, k) -> facts.setPredicate(k == null ? null : f -> f.kind().equals(k)));
    }

    public ObservableList<AssemblyRow> assemblies() { return assemblies; }
    public ObservableList<ActionRow> actions() { return actions; }
    public ObservableList<FactRow> facts() { return facts; }
    public ObservableList<SourceRow> sources() { return sources; }
    public ObservableList<Assembly> assemblyChoices() { return assemblyChoices; }
    public ObjectProperty<Assembly> assemblyFilterProperty() { return assembly; }
    public ObjectProperty<ActionKind> kindFilterProperty() { return kind; }

    /** Shows every row again: no assembly, kind, region, ally or fact-kind filter. */
    public void clearFilters() {
        assembly.set(null);
        kind.set(null);
        region.set(null);
        ally.set(null);
        factKind.set(null);
    }
    public ObjectProperty<Region> regionFilterProperty() { return region; }
    public ObjectProperty<AllyFilter> allyFilterProperty() { return ally; }
    /** One kind of fact row to show ("Case", "Ask"...), or null for all. */
    public StringProperty factKindFilterProperty() { return factKind; }

    /** The kinds a fact row can have, for the filter. */
    public List<String> factKinds() {
        return allFacts.stream().map(FactRow::kind).distinct().toList();
    }

    public void setDataset(Dataset d) {
        CaveatWords caveats = UiText.caveatWords();
        assemblies.setAll(d.assemblies().stream().map(a -> new AssemblyRow(a.id(), session(a), a.year(),
                place(d, a), dates(a))).toList());
        assemblyChoices.setAll(d.assemblies().stream().filter(Assembly::held).toList());
        List<ActionRow> rows = new ArrayList<>();
        for (SupportAction a : d.actions()) {
            Country c = a.country() == null ? null : d.country(a.country()).orElse(null);
            // a code or an id the dataset does not know is shown as it is written; the Dataset tab lists it as an error
            String who = c != null ? c.name()
                    : a.organisation() != null ? d.organisation(a.organisation()).map(o -> o.name()).orElse(a.organisation())
                    : a.country() != null ? UiText.get("browse.unknownCode", a.country()) : "";
            rows.add(new ActionRow(a.id(), who, c == null ? null : c.region(), c != null && c.isCurrentAlly(),
                    d.assemblyOf(a).orElse(null), a.date() == null ? "" : a.date().toString(), a.kind(),
                    a.actor() == null ? "" : a.actor(), a.summary() == null ? "" : a.summary(),
                    caveats.marks(Caveat.of(a)), CountingRule.STANDARD.counts(a), c == null ? null : c.code()));
        }
        allActions.setAll(rows);
        List<FactRow> f = new ArrayList<>();
        d.facts().forEach(x -> f.add(new FactRow(RecordType.FACT, x.id(), UiText.label(x.kind(), x.kind().label()),
                x.title(), caveats.marked(x.statement(), Caveat.of(x, d)))));
        d.asks().forEach(x -> f.add(new FactRow(RecordType.ASK, x.id(), UiText.get("browse.facts.ask"), x.title(),
                x.summary())));
        d.talkingPoints().forEach(x -> f.add(new FactRow(RecordType.TALKING_POINT, x.id(),
                x.isDefensive() ? UiText.get("browse.facts.defensiveLine") : UiText.get("browse.facts.talkingPoint"),
                x.title() == null ? x.id() : x.title(), x.text())));
        allFacts.setAll(f);
        sources.setAll(d.sources().stream().map(s -> new SourceRow(s.id(), s.title(), s.publisher(),
                s.date() == null ? "" : s.date().toString(), address(s))).toList());
    }

    /** "91st" as the core writes it in English, "第91屆" in Chinese; "no session" for a year without one. */
    private static String session(Assembly a) {
        if (!a.held()) return UiText.get("browse.assemblies.noSession");
        return UiText.language() == UiLanguage.ENGLISH ? Assembly.ordinal(a.session())
                : UiText.get("browse.assemblies.ordinal", String.valueOf(a.session()));
    }

    /** "Vienna, Austria": the city, and the host country when the dataset knows it. */
    private static String place(Dataset d, Assembly a) {
        if (a.city() == null) return "";
        return a.hostCountry() == null ? a.city() : d.country(a.hostCountry())
                .map(c -> UiText.get("browse.assemblies.cityCountry", a.city(), c.name())).orElse(a.city());
    }

    private static String dates(Assembly a) {
        if (a.startDate() == null) return "";
        return a.endDate() == null ? a.startDate().toString()
                : UiText.get("browse.assemblies.dateRange", a.startDate().toString(), a.endDate().toString());
    }

    private static String address(Source s) {
        return s.url() != null ? s.url() : s.seed() != null ? UiText.get("browse.sources.seed", s.seed()) : "";
    }

    private void filterActions() {
        Predicate<ActionRow> p = r -> (assembly.get() == null || assembly.get().equals(r.assembly()))
                && (kind.get() == null || kind.get() == r.kind())
                && (region.get() == null || region.get() == r.region())
                && (ally.get() == null || (ally.get() == AllyFilter.ALLIES) == r.ally());
        actions.setPredicate(p);
    }
}
