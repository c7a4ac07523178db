package org.attache.app.browse;

import java.time.Clock;
import java.time.LocalDate;
import org.attache.core.analysis.StaleFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.attache.app.common.DataNames;
import org.attache.app.common.UiLanguage;
import org.attache.app.common.UiText;
import org.attache.core.analysis.AssemblyRecord;
import org.attache.core.analysis.Caveat;
import org.attache.core.analysis.CountingRule;
import org.attache.core.analysis.CountryTimeline;
import org.attache.core.analysis.PackUniverse;
import org.attache.core.chart.ChartDefinitions;
import org.attache.core.chart.ChartSpec;
import org.attache.core.document.CaveatWords;
import org.attache.core.model.Country;
import org.attache.core.model.Dataset;
import org.attache.core.model.DiplomaticAlly;
import org.attache.core.model.Region;
import org.attache.core.model.Source;
import org.attache.core.model.SupportAction;
import org.attache.core.model.TalkingPoint;

/**
 * Countries by region, filtered, and the profile of the one selected: its standing, its record assembly by
 * assembly, its chart and the talking points that suit it.
 */
public final class CountryProfileViewModel {
    /** A country in the navigator: its number of recorded actions, and whether it is an ally now. */
    public record CountryRow(Country country, int actions, boolean ally) {
        @Override
        public String toString() {
            return country.name();
        }
    }

    /** One recorded action, as the profile's timeline lists it. */
    /** One record of the country's timeline, with its marks and whether the counting rule counts it as its own act. */
    public record TimelineRow(String assembly, String date, String actor, String kind, String summary, String caveats,
                              boolean counted, String sources) {
    }

    private Dataset dataset;
    private Map<String, Integer> actionCounts = Map.of();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty alliesOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<Region, List<CountryRow>>> groups = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<Country> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper record = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper("");
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<TalkingPoint> talkingPoints = FXCollections.observableArrayList();

    public CountryProfileViewModel() {
        this(Clock.systemDefaultZone());
    }

    /** A profile whose stale-fact flags are as of the clock's today. */
    public CountryProfileViewModel(Clock clock) {
        this.clock = clock;
        filter.addListener((o, a, b) -> regroup());
        alliesOnly.addListener((o, a, b) -> regroup());
        region.addListener((o, a, b) -> regroup());
        selected.addListener((o, a, c) -> profile(c));
    }

    /** Text that must appear in a country's name or code. */
    public StringProperty filterProperty() { return filter; }

    /** A country's name in the app's language. */
    public String name(Country c) {
        return DataNames.country(dataset, c);
    }
    public BooleanProperty alliesOnlyProperty() { return alliesOnly; }
    /** One region, or null for all. */
    public ObjectProperty<Region> regionProperty() { return region; }
    /** The countries that pass the filters, by region, by name. */
    public ReadOnlyObjectProperty<Map<Region, List<CountryRow>>> groupsProperty() { return groups.getReadOnlyProperty(); }
    public ObjectProperty<Country> selectedProperty() { return selected; }
    /** "A diplomatic ally of Taiwan since 1957." */
    public ReadOnlyStringProperty standingProperty() { return standing.getReadOnlyProperty(); }
    /** "23 recorded actions across 9 assemblies" or the honest empty state. */
    public ReadOnlyStringProperty recordProperty() { return record.getReadOnlyProperty(); }
    /** "Last recorded act: 2018 · 2 sources on its record older than 5 years · …", or empty when nothing is stale. */
    public ReadOnlyStringProperty staleProperty() { return stale.getReadOnlyProperty(); }
    /** The country's chart, or null when it has no record to chart. */
    public ReadOnlyObjectProperty<ChartSpec> chartProperty() { return chart.getReadOnlyProperty(); }
    public ObservableList<TimelineRow> timeline() { return timeline; }
    public ObservableList<TalkingPoint> talkingPoints() { return talkingPoints; }

    public void setDataset(Dataset dataset) {
        this.dataset = dataset;
        actionCounts = CountryTimeline.actionCounts(dataset);
        regroup();
        Country kept = selected.get() == null ? null : dataset.country(selected.get().code()).orElse(null);
        selected.set(null);
        selected.set(kept);
    }

    public void select(String code) {
        if (dataset != null) dataset.country(code).ifPresent(selected::set);
    }

    public String sourceTitle(String id) {
        return dataset == null ? id : dataset.source(id).map(Source::citation).orElse(id);
    }

    private void regroup() {
        if (dataset == null) return;
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Map<Region, List<CountryRow>> result = new EnumMap<>(Region.class);
        dataset.countries().stream()
                .filter(c -> text.isEmpty() || DataNames.countryChoice(dataset, c).toLowerCase(Locale.ROOT).contains(text)
                        || c.code().equalsIgnoreCase(text))
                .filter(c -> !alliesOnly.get() || c.isCurrentAlly())
                .filter(c -> region.get() == null || c.region() == region.get())
                .sorted(Comparator.comparing(Country::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(c -> result.computeIfAbsent(c.region(), r -> new ArrayList<>())
                        .add(new CountryRow(c, actionCounts.getOrDefault(c.code(), 0), c.isCurrentAlly())));
        groups.set(result);
    }

    /** The country's stale-fact flags in one calm line; one counting pass over the dataset, as quick as the timeline. */
    private static String staleLine(StaleFacts.CountryFlags flags) {
        List<String> parts = new ArrayList<>();
        flags.quiet().ifPresent(q -> parts.add(q.lastYear() == null ? UiText.get("browse.stale.noAction")
                : UiText.get("browse.stale.lastRecorded", String.valueOf(q.lastYear()))));
        int sources = flags.oldSources().size();
        String age = String.valueOf(StaleFacts.DEFAULT_SOURCE_AGE);
        if (sources == 1) parts.add(UiText.get("browse.stale.source", age));
        else if (sources > 1) parts.add(UiText.get("browse.stale.sources", String.valueOf(sources), age));
        int figures = flags.replaced().size();
        if (figures == 1) parts.add(UiText.get("browse.stale.figure"));
        else if (figures > 1) parts.add(UiText.get("browse.stale.figures", String.valueOf(figures)));
        return String.join(UiText.get("browse.stale.join"), parts);
    }

    private void profile(Country c) {
        timeline.clear();
        talkingPoints.clear();
        chart.set(null);
        if (c == null || dataset == null) {
            standing.set("");
            record.set("");
            stale.set("");
            return;
        }
        DiplomaticAlly ally = c.diplomaticAlly();
        String said = ally == null ? UiText.get("browse.standing.notAlly")
                : !ally.isCurrent() ? UiText.get("browse.standing.formerAlly", String.valueOf(ally.until()))
                : ally.since() == null ? UiText.get("browse.standing.ally")
                : UiText.get("browse.standing.allySince", ally.since().toString());
        standing.set(said);
        PackUniverse.refusal(c).ifPresentOrElse(
                reason -> standing.set(UiText.get("browse.standing.noPack", standing.get(), reason)),
                () -> {
                    if (!PackUniverse.inAll(dataset, c)) {
                        standing.set(UiText.get("browse.standing.notMember", standing.get()));
                    }
                });
        CountryTimeline t = CountryTimeline.of(dataset, c);
        int notCounted = t.assemblies().stream().mapToInt(r -> r.notCounted().size()).sum();
        String told;
        if (t.isEmpty()) {
            // English runs the name into the sentence with its article ("the Netherlands"); Chinese takes the name
            told = UiText.get("browse.record.none",
                    UiText.language() == UiLanguage.ENGLISH ? c.nameInSentence() : name(c));
        } else {
            int sessions = t.sessionsWithActions().size();
            int outside = t.actionsOutsideSessions();
            String acts = t.totalActions() == 1 ? UiText.get("browse.record.act", String.valueOf(t.totalActions()))
                    : UiText.get("browse.record.acts", String.valueOf(t.totalActions()));
            String assemblies = sessions == 1 ? UiText.get("browse.record.assembly", String.valueOf(sessions))
                    : UiText.get("browse.record.assemblies", String.valueOf(sessions));
            told = outside == 0 ? UiText.get("browse.record.counted", acts, assemblies)
                    : UiText.get("browse.record.countedOutside", acts, assemblies, String.valueOf(outside));
            chart.set(ChartDefinitions.country(t, UiText.chartWords()));
        }
        if (notCounted == 1) told = UiText.get("browse.record.notCounted.one", told, String.valueOf(notCounted));
        else if (notCounted > 1) told = UiText.get("browse.record.notCounted", told, String.valueOf(notCounted));
        record.set(told);
        stale.set(staleLine(new StaleFacts(dataset, LocalDate.now(clock), StaleFacts.DEFAULT_SOURCE_AGE).of(c)));
        CaveatWords caveats = UiText.caveatWords();
        for (AssemblyRecord r : t.assemblies()) {
            for (SupportAction a : r.actions()) {
                timeline.add(new TimelineRow(r.assembly().label(), a.date() == null ? "" : a.date().toString(),
                        a.actor() == null ? "" : a.actorRole() == null ? a.actor()
                                : UiText.get("browse.profile.actorRole", a.actor(), a.actorRole()),
                        UiText.label(a.kind(), a.kind().label()), a.summary() == null ? "" : a.summary(),
                        caveats.marks(Caveat.of(a)), CountingRule.STANDARD.counts(a),
                        a.sources().stream().map(this::sourceTitle)
                                .reduce((x, y) -> UiText.get("browse.profile.sourceList", x, y)).orElse("")));
            }
        }
        talkingPoints.setAll(dataset.talkingPoints().stream()
                .filter(p -> !p.isDefensive() && p.suits().suits(c)).toList());
    }
}
